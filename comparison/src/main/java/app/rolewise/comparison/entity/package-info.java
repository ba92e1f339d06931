/**
 * The comparison of 2 to 4 roles: the dimension table, shared and distinct skills, similarity, and the
 * pair content admins write for two roles that are often confused.
 */
package app.rolewise.comparison.entity;
