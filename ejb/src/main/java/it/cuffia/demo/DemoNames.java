package it.cuffia.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Realistic Italian names, places and numbers for demo customers. */
final class DemoNames {

    record Place(String city, String province, String postalCode, String landlinePrefix) {
    }

    private static final String[] FIRST = {
            "Giuseppe", "Maria", "Giovanni", "Anna", "Antonio", "Rosa", "Mario", "Angela", "Luigi", "Giovanna",
            "Francesco", "Teresa", "Angelo", "Lucia", "Vincenzo", "Carmela", "Pietro", "Caterina", "Salvatore",
            "Francesca", "Carlo", "Antonietta", "Franco", "Carla", "Domenico", "Elena", "Bruno", "Concetta",
            "Paolo", "Rita", "Michele", "Margherita", "Giorgio", "Franca", "Aldo", "Paola", "Sergio", "Laura",
            "Luciano", "Giulia", "Andrea", "Valentina", "Simone", "Federica", "Lorenzo", "Alessia", "Riccardo",
            "Silvia", "Tommaso", "Beatrice", "Nicolò", "Ilaria", "Gabriele", "Noemi", "Emanuele", "Aurora"};
    private static final String[] LAST = {
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini",
            "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
            "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco",
            "Marini", "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo"};
    private static final Place[] PLACES = {
            new Place("Milano", "MI", "20121", "02"), new Place("Roma", "RM", "00184", "06"),
            new Place("Napoli", "NA", "80133", "081"), new Place("Torino", "TO", "10121", "011"),
            new Place("Bologna", "BO", "40121", "051"), new Place("Firenze", "FI", "50122", "055"),
            new Place("Bari", "BA", "70121", "080"), new Place("Palermo", "PA", "90133", "091"),
            new Place("Genova", "GE", "16121", "010"), new Place("Verona", "VR", "37121", "045"),
            new Place("Padova", "PD", "35122", "049"), new Place("Brescia", "BS", "25121", "030"),
            new Place("Bergamo", "BG", "24121", "035"), new Place("Monza", "MB", "20900", "039"),
            new Place("Catania", "CT", "95124", "095"), new Place("Parma", "PR", "43121", "0521"),
            new Place("Salerno", "SA", "84121", "089"), new Place("Pescara", "PE", "65121", "085")};
    /** Every province the demo customers live in. */
    static java.util.List<String> provinces() {
        return java.util.Arrays.stream(PLACES).map(Place::province).distinct().toList();
    }

    private static final String[] STREETS = {
            "Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Via Cavour",
            "Piazza della Repubblica", "Via Dante Alighieri", "Viale Europa", "Via XX Settembre",
            "Via Giacomo Matteotti", "Corso Italia", "Via Verdi", "Via dei Mille", "Via Nazionale"};
    private static final String[] MOBILE_PREFIXES = {
            "320", "328", "329", "330", "333", "334", "335", "338", "339", "340", "345", "346", "347", "348",
            "349", "351", "366", "380", "388", "389", "391", "392", "393"};
    private static final String[] MAIL_DOMAINS = {"gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it"};

    private DemoNames() {
    }

    static String[] person(Random random) {
        return new String[] {FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)]};
    }

    static Place place(Random random) {
        return PLACES[random.nextInt(PLACES.length)];
    }

    static String street(Random random) {
        return STREETS[random.nextInt(STREETS.length)] + ", " + (1 + random.nextInt(180));
    }

    static String mobile(Random random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 7);
    }

    static String digits(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        sb.append(1 + random.nextInt(9));
        for (int i = 1; i < count; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    static String email(String[] name, Random random) {
        String local = (name[0] + "." + name[1]).toLowerCase(Locale.ROOT).replaceAll("[' ]", "");
        local = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return local + (random.nextInt(3) == 0 ? String.valueOf(random.nextInt(90) + 10) : "")
                + "@" + MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)];
    }
}
