/**
 * The publish stage: the publication policy. {@link org.tabled.publish.Publication#select} removes
 * exempt, confidential and embargoed material before any renderer sees the content.
 */
package org.tabled.publish;
