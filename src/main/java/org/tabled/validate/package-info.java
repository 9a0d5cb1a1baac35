/**
 * The validate stage: the only code that constructs the domain model. One reader per document kind
 * checks keys, types, dates and references, reporting every problem as a diagnostic with the
 * position of the offending value. Entry point: {@link org.tabled.validate.Validator}.
 */
package org.tabled.validate;
