/**
 * Source positions: the leaf package every stage uses to say where a problem is. It depends on
 * nothing but {@code java.base}.
 */
package org.tabled.source;
