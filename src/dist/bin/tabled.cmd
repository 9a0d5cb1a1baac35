@echo off
rem Tabled's launcher for Windows: runs lib\tabled.jar of this release with the java on the PATH.
setlocal
set "TABLED_HOME=%~dp0.."
if "%JAVA%"=="" set "JAVA=java"
"%JAVA%" %TABLED_JAVA_OPTS% -jar "%TABLED_HOME%\lib\tabled.jar" %*
