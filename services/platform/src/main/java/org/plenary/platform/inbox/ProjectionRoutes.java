package org.plenary.platform.inbox;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.TreeMap;

/**
 * The operator's projection endpoints, on the management port only (never on the API's port, which an ingress may
 * publish): {@code GET /q/projections} says where each copy stands; {@code POST /q/projections/<name>/rebuild}
 * starts a rebuild of one from its topic in the background and answers {@code 202 Accepted} (an unknown name: 404,
 * as problem+json naming the projections there are). {@code deploy/local/plenary rebuild SERVICE PROJECTION} calls
 * it.
 */
@ApplicationScoped
public class ProjectionRoutes {

    private final TopicReplay replay;

    public ProjectionRoutes(TopicReplay replay) {
        this.replay = replay;
    }

    void routes(@Observes ManagementInterface management) {
        management
                .router()
                .get("/q/projections")
                .handler(context -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put("projections", new JsonObject(new TreeMap<>(replay.states())))
                                .put("incomplete", replay.incomplete())
                                .encode()));
        management.router().post("/q/projections/:name/rebuild").handler(context -> {
            String name = context.pathParam("name");
            if (!replay.projections().contains(name)) {
                context.response()
                        .setStatusCode(404)
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject()
                                .put("type", "urn:plenary:problem:unknown-projection")
                                .put("title", "No such projection")
                                .put("status", 404)
                                .put("rule", "unknown-projection")
                                .put("detail", "This service has no projection " + name + ".")
                                .put(
                                        "projections",
                                        new TreeMap<>(replay.states())
                                                .keySet().stream().toList())
                                .encode());
                return;
            }
            replay.rebuildInBackground(name);
            context.response()
                    .setStatusCode(202)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("projection", name)
                            .put("state", replay.states().get(name))
                            .encode());
        });
    }
}
