@echo off
rem Tabled's launcher for Windows: runs lib\tabled.jar of this release with the java on the PATH.
setlocal
set "TABLED_HOME=%~dp0.."
if "%JAVA%"=="" set "JAVA=java"
rem Without TABLED_JAVA_OPTS: the quick compiler and the simple collector (docs/performance.md);
rem serve, which lives for hours, keeps the optimising compiler.
if not defined TABLED_JAVA_OPTS (
  if "%~1"=="serve" (
    set "TABLED_JAVA_OPTS=-XX:+UseSerialGC"
  ) else (
    set "TABLED_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  )
)
"%JAVA%" %TABLED_JAVA_OPTS% -jar "%TABLED_HOME%\lib\tabled.jar" %*
