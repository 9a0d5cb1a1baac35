/**
 * Which files content may read, and checks of the files it names (appendices, images, the logo):
 * files are trusted by their real path inside the document's own folder or {@code assets/}, never
 * in another paper's folder ({@link org.tabled.files.FileTrust}); names stay inside their folder
 * and contents match their names ({@link org.tabled.files.ContentFiles}); supplied PDFs are opened
 * all the way through ({@link org.tabled.files.SuppliedPdf}).
 */
package org.tabled.files;
