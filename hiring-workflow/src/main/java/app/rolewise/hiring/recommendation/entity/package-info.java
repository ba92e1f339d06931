/**
 * The question bank as the recommender reads it (questions, answers, their weights towards roles and the
 * signals they carry) and the recommendation it computes. Plain Java, no container needed.
 */
package app.rolewise.hiring.recommendation.entity;
