/**
 * Health checks published by MicroProfile Health on WildFly's management port
 * ({@code /health/ready}), for the start script, the tests and any load balancer.
 */
package app.rolewise.health;
