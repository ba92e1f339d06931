/**
 * The role library's inner workings that several boundaries share: the JSON format of the library, the
 * import, and the version history.
 */
package app.rolewise.library.control;
