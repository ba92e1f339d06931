/**
 * Rules about how the modules and packages of Rolewise may depend on each other, checked on every build.
 */
package app.rolewise.it.architecture;
