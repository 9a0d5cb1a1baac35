/**
 * JSON Schemas for editors, generated from the declarations the validator checks content against
 * ({@link org.tabled.validate.Documents}): {@code tabled schema} and {@code tabled init} write
 * them.
 */
package org.tabled.schema;
