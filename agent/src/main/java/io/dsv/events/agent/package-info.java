/**
 * The dsv-events Java agent: entry points, matching, expression binding, advice, the bootstrap
 * bridge and the CLI. The weaving itself arrives with the agent issue; until then this module only
 * holds the place in the build that DESIGN.md gives it.
 */
package io.dsv.events.agent;
