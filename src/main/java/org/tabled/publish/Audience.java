package org.tabled.publish;

/** Who a build is for. */
public enum Audience {
  /** The public website and public packs: exempt, confidential and embargoed material removed. */
  PUBLIC,
  /** Members' confidential packs: everything, watermarked "Not for publication". */
  CONFIDENTIAL
}
