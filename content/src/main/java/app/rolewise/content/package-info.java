/**
 * What every part of Rolewise shares about its content and its users: a refused request, which says why in a
 * message key of the web bundle rather than in English, the one refusal of a save that came too late, the
 * names of the access roles that the boundaries allow, and content written out as a file.
 */
package app.rolewise.content;
