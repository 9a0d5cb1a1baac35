package org.tabled.html;

/**
 * A label and its value, printed as a row of a definition list: "Report of", "Wards affected" on a
 * paper's cover sheet; "Party", "Ward" on a person's page.
 */
public record Field(String label, String value) {}
