/** How dates, times and names are printed: one format of each kind for every page and pack. */
package org.tabled.format;
