/**
 * The question bank as content admins maintain (versions, diff, restore, audit), and the versions
 * assessments run on; seeded from the bank that ships with Rolewise.
 */
package app.rolewise.hiring.recommendation.boundary;
