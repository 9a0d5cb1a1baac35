/**
 * Views of the model shared by the website and the packs: membership rosters and attendance lists
 * in the order councils print them, the proper titles of cross-reference targets, and which
 * entries a tracker holds. Depends only on the model and the resolved council.
 */
package org.tabled.view;
