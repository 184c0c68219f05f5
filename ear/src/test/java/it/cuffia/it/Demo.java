package it.cuffia.it;

/** Facts of the demo data the test domain is started with (cuffia.demo=true). */
public final class Demo {

    public static final String PASSWORD = "cuffia2026";
    public static final String BASE_URL = System.getProperty("cuffia.baseUrl", "http://localhost:28080/cuffia/");

    /** Sales person of Energia Verde Italia. */
    public static final String SALES_VERDE = "commerciale3";
    /** Sales person of Telefonia Aurora. */
    public static final String SALES_AURORA = "commerciale1";
    /** Agent working for Telefonia Aurora only. */
    public static final String AGENT_AURORA = "operatore01";
    /** Agent working for Energia Verde Italia only. */
    public static final String AGENT_VERDE = "operatore06";
    public static final String SUPERVISOR = "supervisore1";
    public static final String ADMIN = "admin";
    public static final int CUSTOMERS_PER_CLIENT = 100;

    private Demo() {
    }
}
