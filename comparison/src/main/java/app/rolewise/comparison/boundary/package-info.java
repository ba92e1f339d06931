/**
 * Entry points of the comparison: comparing published roles (everyone signed in), the pair content
 * (reading for everyone, writing for admins), and its seed.
 */
package app.rolewise.comparison.boundary;
