/**
 * The question bank as the recommender reads it (the decision model of needs and roles, the questions and
 * their answers' effects on the needs), the drafts admins edit, and the recommendation it computes. Plain
 * Java, no container needed.
 */
package app.rolewise.hiring.recommendation.entity;
