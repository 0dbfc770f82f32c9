// SPDX-License-Identifier: MIT
/**
 * Internal: the classes SWIG generates from the C API (bindings/swig/yjjh.i), one static method per C function in
 * {@code core}, proxy classes for handles and records. Not a stable API; use the package {@code cn.yjjh}.
 */
package cn.yjjh.internal;
