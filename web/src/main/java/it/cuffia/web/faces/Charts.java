package it.cuffia.web.faces;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for {@code p:chart}: the one place that writes them. */
public final class Charts {

    private static final String[] COLOURS = {"rgba(33, 150, 243, 0.6)", "rgba(255, 152, 0, 0.6)", "rgba(76, 175, 80, 0.6)", "rgba(156, 39, 176, 0.6)"};

    /** One series of a chart: its label and one value per label of the chart. */
    public record Series(String label, List<? extends Number> values) {
    }

    /** Thread-safe and costly to make (it builds its own configuration and providers): made once, as the API's. */
    private static final Jsonb JSON = JsonbBuilder.create();

    private Charts() {
    }

    public static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false);
    }

    /** Bars of whole counts (answers, calls): the axis shows whole numbers only, never 0.5 of an answer. */
    public static String countBar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, true);
    }

    public static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean wholeNumbers) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", series.get(i).label());
            dataset.put("data", series.get(i).values());
            dataset.put("backgroundColor", COLOURS[i % COLOURS.length]);
            dataset.put("borderColor", COLOURS[i % COLOURS.length].replace("0.6", "1"));
            datasets.add(dataset);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", datasets);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", data);
        // Chart.js formats the axis numbers for this locale (decimal comma in Italian)
        config.put("options", Map.of("locale", Messages.locale().toLanguageTag(), "plugins", Map.of("legend", Map.of("display", series.size() > 1)),
                "scales", Map.of("y", wholeNumbers ? Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)) : Map.of("beginAtZero", true))));
        return JSON.toJson(config);
    }
}
