/**
 * Safe access to files named in content (appendices, images, the logo): relative paths that stay
 * inside their folder and the content folder, and contents that match their names.
 */
package org.tabled.files;
