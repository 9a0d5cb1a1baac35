/**
 * Views of the model shared by the website and the packs: membership rosters and attendance lists
 * in the order councils print them. Depends only on the model.
 */
package org.tabled.view;
