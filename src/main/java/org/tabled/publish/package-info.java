/**
 * The publish stage: the publication policy, the one place that decides what is public. {@link
 * org.tabled.publish.Publication#select} removes exempt, confidential and embargoed material before
 * any renderer sees the content, and {@link org.tabled.publish.PublishedCouncil#visibility} answers
 * by the same rules for whatever a reference names. Whatever is not positively public is withheld.
 */
package org.tabled.publish;
