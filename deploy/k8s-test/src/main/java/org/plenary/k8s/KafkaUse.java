package org.plenary.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service does on Kafka, read from its sources: the permissions its code needs, each with the place in the
 * code that needs it. A service produces to the topics its outbox records events for ({@code outbox.record(TOPIC,
 * ...)}), to its outgoing channels' topics and to its dead-letter topics; it consumes its incoming channels' topics
 * (in their consumer groups) and the topics its projections are rebuilt from ({@code new TopicReplay.Projection(...,
 * TOPIC, ...)}, read without a group); the dead-letter check reads the offsets of each dead-letter topic's re-drive
 * group.
 *
 * @param permissions "Operation resourceType name" (e.g. {@code Write topic sideevent.proposal.events}) to why
 * @param unreadable  places where the code names a topic this reading cannot resolve: the check fails on them
 */
record KafkaUse(Map<String, String> permissions, List<String> unreadable) {

    /** The platform's outgoing channel for the outbox relay: its records carry the topic of their outbox row. */
    static final String OUTBOX_CHANNEL = "outbox";

    private static final Pattern OUTBOX_RECORD = Pattern.compile("\\boutbox\\s*\\.\\s*record\\s*\\(\\s*([^,]+),");
    private static final Pattern PROJECTION = Pattern.compile("\\bnew\\s+(?:TopicReplay\\s*\\.\\s*)?Projection\\s*\\(");
    private static final Pattern CONSTANT = Pattern.compile("^\\s*(\\w+\\.\\w+)\\s*$");
    private static final Pattern CONSTANT_ANYWHERE = Pattern.compile("\\b([A-Z]\\w*Events\\.\\w*TOPIC\\w*)\\b");
    private static final Pattern LITERAL = Pattern.compile("^\\s*\"([^\"]+)\"\\s*$");
    private static final Pattern CHANNEL = Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)$");
    private static final Pattern REDRIVE_GROUP = Pattern.compile(
            "redriveGroup\\s*\\(\\s*String\\s+(\\w+)\\s*\\)\\s*\\{\\s*return\\s+\"([^\"]*)\"\\s*\\+\\s*\\1\\s*;");

    static KafkaUse of(ServiceSource source, Repo repo) {
        Map<String, String> permissions = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, String> constants = repo.contractConstants();
        String service = source.name();

        for (String text : source.javaSources()) {
            Matcher record = OUTBOX_RECORD.matcher(text);
            if (text.contains("import org.plenary.platform.outbox.Outbox;")
                    && !OUTBOX_RECORD.matcher(text).find()
                    && text.contains(".record(")) {
                // The Outbox is used under another name than "outbox": its topics would go unseen.
                unreadable.add("a class that records events with an Outbox not named outbox");
            }
            while (record.find()) {
                String topic = resolve(record.group(1), constants);
                if (topic == null) {
                    unreadable.add("outbox.record(" + record.group(1).trim() + ", ...)");
                } else {
                    produce(permissions, topic, "its outbox records events for " + topic);
                }
            }
            Matcher projection = PROJECTION.matcher(text);
            while (projection.find()) {
                // The topic is the projection's third argument, a contract constant: the first one after "(".
                int end = text.indexOf(");", projection.end());
                Matcher constant =
                        CONSTANT_ANYWHERE.matcher(text.substring(projection.end(), end < 0 ? text.length() : end));
                String topic = constant.find() ? constants.get(constant.group(1)) : null;
                if (topic == null) {
                    unreadable.add("new TopicReplay.Projection(...) at offset " + projection.start());
                } else {
                    consume(permissions, topic, "a projection is rebuilt from " + topic);
                }
            }
        }

        Map<String, String> properties = source.ownProperties();
        Map<String, Map<String, String>> channels = new TreeMap<>();
        properties.forEach((key, value) -> {
            Matcher channel = CHANNEL.matcher(key);
            if (channel.matches()) {
                channels.computeIfAbsent(channel.group(1) + " " + channel.group(2), c -> new TreeMap<>())
                        .put(channel.group(3), value);
            }
        });
        String redrivePrefix = redrivePrefix(repo.root());
        channels.forEach((id, settings) -> {
            String direction = id.substring(0, id.indexOf(' '));
            String name = id.substring(id.indexOf(' ') + 1);
            if (!"smallrye-kafka".equals(settings.get("connector"))) {
                return;
            }
            String where = "mp.messaging." + direction + "." + name;
            String topic = settings.getOrDefault("topic", name);
            if (direction.equals("outgoing")) {
                if (!name.equals(OUTBOX_CHANNEL)) {
                    produce(permissions, topic, where + " sends to it");
                }
                return;
            }
            consume(permissions, topic, where + " consumes it");
            // Without a group.id of its own the channel joins the application's (Quarkus' default).
            String group = settings.getOrDefault(
                    "group.id", properties.getOrDefault("kafka.group.id", properties.get("quarkus.application.name")));
            if (group == null) {
                unreadable.add(where + ": no group.id (and no quarkus.application.name)");
            } else {
                permissions.put("Read group " + group, where + " consumes in this group");
            }
            if ("dead-letter-queue".equals(settings.get("failure-strategy"))) {
                String dead = settings.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + name);
                produce(permissions, dead, where + " sends its dead letters there");
                if (redrivePrefix != null) {
                    permissions.put(
                            "Describe group " + redrivePrefix + dead,
                            "the dead-letter check reads how far the re-drive of " + dead + " got");
                }
            }
        });
        return new KafkaUse(Map.copyOf(permissions), List.copyOf(unreadable));
    }

    private static void produce(Map<String, String> permissions, String topic, String why) {
        permissions.putIfAbsent("Write topic " + topic, why);
        permissions.putIfAbsent("Describe topic " + topic, why);
    }

    private static void consume(Map<String, String> permissions, String topic, String why) {
        permissions.putIfAbsent("Read topic " + topic, why);
        permissions.putIfAbsent("Describe topic " + topic, why);
    }

    private static String resolve(String argument, Map<String, String> constants) {
        Matcher literal = LITERAL.matcher(argument);
        if (literal.matches()) {
            return literal.group(1);
        }
        Matcher constant = CONSTANT.matcher(argument);
        return constant.matches() ? constants.get(constant.group(1)) : null;
    }

    /** The prefix of the re-drive's consumer group, from the platform's DeadLetters.redriveGroup. */
    private static String redrivePrefix(Path root) {
        Path file = root.resolve("services/platform/src/main/java/org/plenary/platform/deadletter/DeadLetters.java");
        if (!java.nio.file.Files.exists(file)) {
            return null;
        }
        Matcher m = REDRIVE_GROUP.matcher(Repo.read(file));
        return m.find() ? m.group(2) : null;
    }
}
