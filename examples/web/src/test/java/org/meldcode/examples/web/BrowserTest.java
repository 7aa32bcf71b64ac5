package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.json.CaseJson;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.Position;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Suspect;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium ({@code /usr/bin/chromium}) driven by
 * Debian's chromedriver ({@code /usr/bin/chromedriver}), both named explicitly so that Selenium
 * Manager never downloads anything. Runs only with {@code mvn verify -Pbrowser}; screenshots of
 * every open browser go to {@code target/screenshots/} when a test fails.
 */
@Tag("browser")
@ExtendWith(BrowserTest.Screenshots.class)
class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path data;

    static Running app;
    static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = new Running(data);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /** A fresh headless Chromium with its own profile directory, on the page of the case. */
    static WebDriver browser(String caseId) throws IOException {
        WebDriver driver = driver(true);
        driver.get(app.base + "/?case=" + caseId);
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        return driver;
    }

    /** A fresh headless Chromium with its own profile directory, with JavaScript on or off. */
    static WebDriver driver(boolean javascript) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280," + (Boolean.getBoolean("meldcode.writeScreenshots") ? 1000 : 1600),
                "--user-data-dir=" + Files.createTempDirectory(data, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        WebDriver driver = new ChromeDriver(service, options);
        browsers.add(driver);
        return driver;
    }

    /**
     * With {@code -Dmeldcode.writeScreenshots=true}: the browser's window as {@code docs/images/NAME.png}
     * (1280 pixels wide), scrolled so that the element is at its top. The pictures of
     * docs/web-example.md are made so (docs/testing.md).
     */
    static void shoot(WebDriver b, String name, By top) throws IOException {
        if (!Boolean.getBoolean("meldcode.writeScreenshots")) {
            return;
        }
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView(true)", b.findElement(top));
        Path dir = Path.of("..", "..", "docs", "images");
        Files.createDirectories(dir);
        File shot = ((ChromeDriver) b).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void a_case_walks_from_the_first_signal_to_the_report_and_the_talk_with_the_parents() throws IOException {
        // GIVEN a new case opened on the page
        WebDriver b = browser(WebApp.DEMO_CASE);
        b.findElement(By.id("new-case")).click();
        waitFor(b)
                .until(d -> d.findElement(By.tagName("body"))
                        .getAttribute("data-loaded")
                        .matches("nl:casus-[0-9a-f]+:0"));
        String caseId = new Select(b.findElement(By.id("case")))
                .getFirstSelectedOption()
                .getText();
        assertThat(b.findElement(By.id("step")).getText()).startsWith("1.");

        // WHEN the teacher, the IB and the director take each step of the plan
        act(b, "lk-104", ActionType.LOG_ENTRY, 1, () -> {
            b.findElement(By.id("f-text")).sendKeys("Blauwe plek op de bovenarm, gezien bij de gymles.");
            new Select(b.findElement(By.id("f-signal"))).selectByValue("INJURY");
        });
        act(b, "lk-104", ActionType.IB_NOTIFICATION, 2, () -> {});
        act(b, "ib-201", ActionType.CONSULTATION, 3, () -> {
            check(b, "f-participants-lk-104");
            check(b, "f-participants-smw-401");
            check(b, "f-anonymous");
        });
        act(b, "ib-201", ActionType.PARENTS_CONVERSATION, 4, () -> {
            check(b, "f-participants-dir-301");
            for (String topic :
                    List.of("PURPOSE", "LOGGED_SIGNALS", "PARENTS_RESPONSE", "INTERPRETATION", "FOLLOW_UP")) {
                check(b, "f-topics-" + topic);
            }
        });
        act(b, "ib-201", ActionType.RISK_ASSESSMENT, 5, () -> {
            check(b, "f-participants-lk-104");
            new Select(b.findElement(By.id("f-level"))).selectByValue("VERY_STRONG");
            check(b, "f-structuralUnsafety");
            check(b, "f-discussedWithManagement");
            b.findElement(By.id("f-grounds")).sendKeys("Gewogen op het logboek, het overleg en het gesprek.");
        });
        act(b, "ib-201", ActionType.DECISION, 6, () -> {
            check(b, "f-participants-dir-301");
            new Select(b.findElement(By.id("f-kind"))).selectByValue("REPORT");
            b.findElement(By.id("f-grounds")).sendKeys("Zeer sterk vermoeden van structurele onveiligheid.");
        });
        act(b, "ib-201", ActionType.REPORT, 7, () -> {});
        assertThat(b.findElement(By.id("obligations")).getText()).contains("SP-5.7", "sinds ");
        act(b, "dir-301", ActionType.REPORT_CONVERSATION, 8, () -> {
            check(b, "f-participants-ib-201");
            check(b, "f-inPerson");
        });

        // THEN the page shows the timeline of all eight events and the diagram as pictures, and
        // nothing open; the stored case verifies
        WebElement timeline = b.findElement(By.cssSelector("#timeline img"));
        assertThat(timeline.getAttribute("data-version")).isEqualTo("8");
        assertThat(timeline.getAttribute("alt")).isEqualTo("Tijdlijn van de casus");
        WebElement diagram = b.findElement(By.cssSelector("#diagram img"));
        assertThat(diagram.getAttribute("alt")).isEqualTo("Het stappenplan als stroomschema");
        JavascriptExecutor js = (JavascriptExecutor) b;
        for (WebElement picture : List.of(timeline, diagram)) {
            Object width = js.executeScript("return arguments[0].complete && arguments[0].naturalWidth", picture);
            assertThat(((Number) width).intValue()).as("the picture is drawn").isGreaterThan(100);
        }
        assertThat(b.findElement(By.id("obligations")).getText()).contains("Niets openstaand");
        Case stored = CaseJson.read(app.get("/api/cases/" + caseId).body());
        assertThat(stored.size()).isEqualTo(8);
        assertThat(Integrity.verify(stored)).isEmpty();
    }

    @Test
    void acute_danger_and_the_staff_route_are_recorded_from_the_page_the_suspect_by_id_and_position()
            throws IOException {
        // GIVEN a case with a logbook entry, opened on the page
        String caseId = app.newCase();
        WebDriver b = browser(caseId);
        act(
                b,
                "lk-104",
                ActionType.LOG_ENTRY,
                1,
                () -> b.findElement(By.id("f-text")).sendKeys("Leerling vertelt bang te zijn voor iemand op school."));

        // WHEN the teacher records acute danger THEN contact with Veilig Thuis is owed first
        act(
                b,
                "lk-104",
                ActionType.ACUTE_DANGER,
                2,
                () -> b.findElement(By.id("f-what")).sendKeys("Leerling durft vanmiddag niet naar huis."));
        assertThat(b.findElement(By.id("obligations")).getText()).startsWith("AR-1.2");
        // AND the teacher reports at once
        act(b, "lk-104", ActionType.REPORT, 3, () -> {});

        // WHEN the teacher records that the IB is suspected, as a staff id and a position, and tells the board
        act(b, "lk-104", ActionType.STAFF_SUSPICION, 4, () -> {
            b.findElement(By.id("f-suspect-staffId")).sendKeys("ib-201");
            new Select(b.findElement(By.id("f-suspect-position"))).selectByValue("INTERN_BEGELEIDER");
            check(b, "f-sexualOffence");
        });
        act(
                b,
                "lk-104",
                ActionType.BOARD_NOTIFICATION,
                5,
                () -> new Select(b.findElement(By.id("f-channel"))).selectByValue("DIRECT"));
        // AND the board designates the aandachtsfunctionaris, consults the inspector, informs and files
        act(b, "bg-601", ActionType.SUBSTITUTION, 6, () -> {
            new Select(b.findElement(By.id("f-role"))).selectByValue("INTERN_BEGELEIDER");
            b.findElement(By.id("f-substituteId")).sendKeys("af-202");
        });
        act(b, "bg-601", ActionType.INSPECTOR_CONSULTATION, 7, () -> check(b, "f-reasonableSuspicion"));
        act(b, "bg-601", ActionType.ACCUSED_AND_PARENTS_INFORMED, 8, () -> {});
        act(b, "bg-601", ActionType.POLICE_REPORT, 9, () -> {});
        // AND the substitute agrees with Veilig Thuis that Veilig Thuis tells the parents
        act(b, "af-202", ActionType.TELLING_ARRANGEMENT, 10, () -> {
            new Select(b.findElement(By.id("f-teller"))).selectByValue("VEILIG_THUIS");
            b.findElement(By.id("f-agreement")).sendKeys("Veilig Thuis vertelt het de ouders vandaag.");
        });

        // THEN the stored case holds the suspect by id and position, and verifies
        Case stored = CaseJson.read(app.get("/api/cases/" + caseId).body());
        assertThat(stored.size()).isEqualTo(10);
        assertThat(((StaffSuspicion) stored.events().get(3).action()).suspect())
                .isEqualTo(new Suspect("ib-201", Position.INTERN_BEGELEIDER));
        assertThat(Integrity.verify(stored)).isEmpty();
    }

    @Test
    void a_refused_action_shows_its_clauses_explanation_and_remedy_and_why_and_the_page_switches_to_english()
            throws IOException {
        // GIVEN the demo case, waiting for the consultation
        WebDriver b = browser(WebApp.DEMO_CASE);
        int before =
                CaseJson.read(app.get("/api/cases/" + WebApp.DEMO_CASE).body()).size();
        // WHEN the teacher tries to report to Veilig Thuis
        choose(b, "lk-104", ActionType.REPORT);
        b.findElement(By.id("submit")).click();
        waitFor(b).until(ExpectedConditions.attributeContains(By.id("result"), "class", "refused"));
        // THEN the refusal names the clauses and says why, in Dutch
        WebElement result = b.findElement(By.id("result"));
        assertThat(result.findElements(By.cssSelector("li[data-clause='SP-0.2']")))
                .hasSize(1);
        assertThat(result.getText()).contains("Geweigerd", "SP-5.3", "Dit mag de leerkracht niet doen");
        assertThat(result.getAttribute("aria-live")).isEqualTo("assertive");
        // AND says what can be done instead
        assertThat(result.findElement(By.cssSelector("li[data-clause='SP-0.2'] .remedy"))
                        .getText())
                .startsWith("Wat wel kan: Laat dit doen door: ")
                .contains("intern begeleider", "directielid");

        // WHEN the teacher asks why
        WebElement why = b.findElement(By.id("why-button"));
        assertThat(why.getAttribute("aria-label")).isEqualTo("Waarom is deze handeling geweigerd?");
        why.click();
        // THEN the answer says in plain sentences why not and what can be done, in a live region
        waitFor(b).until(d -> !d.findElements(By.cssSelector("#why .reason")).isEmpty());
        WebElement text = b.findElement(By.id("why"));
        assertThat(text.getAttribute("aria-live")).isEqualTo("polite");
        WebElement reason = text.findElement(By.cssSelector(".reason[data-clause='SP-0.2']"));
        assertThat(reason.findElement(By.className("cause")).getText())
                .startsWith("Waarom niet: ")
                .contains("Dit mag de leerkracht niet doen");
        assertThat(reason.findElement(By.className("remedy")).getText())
                .startsWith("Wat wel kan: Laat dit doen door: ");
        assertThat(reason.getText()).doesNotContain("regel ", "rule ");
        // AND the trace of the rules is behind a details toggle, closed until asked for
        WebElement details = text.findElement(By.id("why-details"));
        assertThat(details.getTagName()).isEqualTo("details");
        assertThat(details.getAttribute("open")).isNull();
        assertThat(b.findElement(By.id("why-trace")).isDisplayed()).isFalse();
        details.findElement(By.tagName("summary")).click();
        waitFor(b).until(d -> d.findElement(By.id("why-trace")).isDisplayed());
        assertThat(b.findElement(By.id("why-trace")).getText())
                .startsWith("Niet toegestaan")
                .contains("- SP-5.3: ", "Wat wel kan: ");
        shoot(b, "web-refusal", By.id("why-button"));

        // AND the history shows the refused attempt: who, when, and the clauses
        waitFor(b)
                .until(d ->
                        !d.findElements(By.cssSelector("#history li.attempt")).isEmpty());
        List<WebElement> attempts = b.findElements(By.cssSelector("#history li.attempt"));
        WebElement last = attempts.get(attempts.size() - 1);
        assertThat(last.getText())
                .contains("Geweigerde poging: melding bij Veilig Thuis", "leerkracht (lk-104)", "SP-5.3");
        assertThat(last.findElement(By.tagName("time")).getAttribute("datetime"))
                .isNotBlank();
        shoot(b, "web-history", By.id("h-history"));

        // WHEN the page switches to English and the teacher tries again
        b.findElement(By.id("lang-switch")).click();
        waitFor(b)
                .until(ExpectedConditions.attributeToBe(
                        By.tagName("body"), "data-loaded", "en:" + WebApp.DEMO_CASE + ":" + before));
        assertThat(b.findElement(By.id("h-act")).getText()).isEqualTo("Take an action");
        assertThat(b.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(b.findElement(By.id("step")).getText()).contains("Collegial consultation");
        choose(b, "lk-104", ActionType.REPORT);
        b.findElement(By.id("submit")).click();
        waitFor(b).until(ExpectedConditions.attributeContains(By.id("result"), "class", "refused"));
        // THEN the explanation is English, and nothing was appended
        assertThat(b.findElement(By.id("result")).getText()).contains("Refused", "The teacher may not do this");
        assertThat(CaseJson.read(app.get("/api/cases/" + WebApp.DEMO_CASE).body())
                        .size())
                .isEqualTo(before);
    }

    @Test
    void of_two_people_acting_on_the_same_case_at_once_one_is_told_of_the_conflict_and_no_event_is_lost()
            throws IOException {
        // GIVEN a case seen by two people in two browsers, both at version 0
        String caseId = app.newCase();
        WebDriver teacher = browser(caseId);
        WebDriver ib = browser(caseId);
        choose(teacher, "lk-104", ActionType.LOG_ENTRY);
        teacher.findElement(By.id("f-text")).sendKeys("Leerling vertelt over ruzie thuis.");
        choose(ib, "ib-201", ActionType.LOG_ENTRY);
        ib.findElement(By.id("f-text")).sendKeys("Leerling kwam zonder jas en ontbijt.");

        // WHEN both record their entry at once
        teacher.findElement(By.id("submit")).click();
        ib.findElement(By.id("submit")).click();
        for (WebDriver b : List.of(teacher, ib)) {
            waitFor(b)
                    .until(d -> !d.findElement(By.id("result"))
                            .getAttribute("class")
                            .isEmpty());
        }

        // THEN one is recorded and the other is told the case changed, with nothing written for it
        List<String> outcomes = List.of(
                teacher.findElement(By.id("result")).getAttribute("class"),
                ib.findElement(By.id("result")).getAttribute("class"));
        assertThat(outcomes).containsExactlyInAnyOrder("permitted", "conflict");
        WebDriver loser = outcomes.get(0).equals("conflict") ? teacher : ib;
        assertThat(loser.findElement(By.id("result")).getText()).contains("intussen gewijzigd");
        assertThat(CaseJson.read(app.get("/api/cases/" + caseId).body()).size()).isEqualTo(1);

        // WHEN the one told of the conflict, now on the new version, records the entry again
        waitFor(loser)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "nl:" + caseId + ":1"));
        loser.findElement(By.id("submit")).click();
        waitFor(loser).until(ExpectedConditions.attributeToBe(By.id("result"), "class", "permitted"));

        // THEN both entries are in the case, once each
        Case stored = CaseJson.read(app.get("/api/cases/" + caseId).body());
        assertThat(stored.size()).isEqualTo(2);
        assertThat(stored.events().stream()
                        .map(e -> e.action().actor().staffId())
                        .toList())
                .containsExactlyInAnyOrder("lk-104", "ib-201");
        assertThat(Integrity.verify(stored)).isEmpty();
    }

    @Test
    void every_field_of_every_kind_of_action_has_a_label_and_an_action_can_be_taken_from_the_keyboard()
            throws IOException {
        String caseId = app.newCase();
        WebDriver b = browser(caseId);
        JavascriptExecutor js = (JavascriptExecutor) b;
        for (ActionType type : org.meldcode.protocol.Protocol.of(org.meldcode.model.ProtocolRef.STAPPENPLAN_2021)
                .actions()
                .keySet()) { // the kinds of action of the page's protocol
            choose(b, "ib-201", type);
            Object unlabelled = js.executeScript("return [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(e => e.labels.length === 0).map(e => e.id)");
            assertThat((List<?>) unlabelled).as(type.name()).isEmpty();
        }
        // WHEN the teacher writes an entry and reaches the button with the tab key alone
        choose(b, "lk-104", ActionType.LOG_ENTRY);
        WebElement text = b.findElement(By.id("f-text"));
        text.sendKeys("Leerling was vandaag erg stil en schrok van een harde stem.");
        text.sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !"submit".equals(b.switchTo().activeElement().getAttribute("id")); i++) {
            b.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(b.switchTo().activeElement().getAttribute("id")).isEqualTo("submit");
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        // THEN the entry is recorded
        waitFor(b).until(ExpectedConditions.attributeToBe(By.id("result"), "class", "permitted"));
        assertThat(CaseJson.read(app.get("/api/cases/" + caseId).body()).size()).isEqualTo(1);
    }

    @Test
    void the_worklist_shows_every_case_the_most_urgent_first_marks_what_is_overdue_and_opens_a_case()
            throws IOException {
        // GIVEN a case whose first signal was logged 30 days ago (step 1 has 14 days) and a fresh one
        String late = app.newCase();
        String thirtyDaysAgo = java.time.Instant.now()
                .minus(Duration.ofDays(30))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        assertThat(app.act(
                                late,
                                0,
                                "{\"at\":\"" + thirtyDaysAgo + "\","
                                        + Running.logEntry("Blauwe plek.").substring(1))
                        .status())
                .isEqualTo(201);
        String fresh = app.newCase();
        assertThat(app.act(fresh, 0, Running.logEntry("Blauwe plek.")).status()).isEqualTo(201);
        // WHEN the page is opened
        WebDriver b = browser(fresh);
        waitFor(b)
                .until(d -> !d.findElements(By.cssSelector("#worklist-rows tr[data-case='" + late + "']"))
                        .isEmpty());
        // THEN the worklist has both, the overdue one first, its overdue count marked, each with its step
        List<String> order = b.findElements(By.cssSelector("#worklist-rows tr")).stream()
                .map(r -> r.getAttribute("data-case"))
                .toList();
        assertThat(order.indexOf(late)).isNotNegative().isLessThan(order.indexOf(fresh));
        WebElement lateRow = b.findElement(By.cssSelector("#worklist-rows tr[data-case='" + late + "']"));
        assertThat(lateRow.findElement(By.cssSelector("td.count.late")).getText())
                .isNotEqualTo("0");
        assertThat(lateRow.getText()).contains("1. ", "te laat", "ST-1");
        WebElement freshRow = b.findElement(By.cssSelector("#worklist-rows tr[data-case='" + fresh + "']"));
        assertThat(freshRow.findElements(By.cssSelector("td.late"))).isEmpty();
        assertThat(freshRow.getAttribute("aria-current")).isEqualTo("true");
        assertThat(b.findElement(By.id("h-worklist")).getText())
                .isEqualTo("Werklijst: alle casussen, de dringendste eerst");
        shoot(b, "web-worklist", By.tagName("header"));
        // WHEN the overdue case is chosen on the worklist
        lateRow.findElement(By.tagName("button")).click();
        // THEN it opens
        waitFor(b).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "nl:" + late + ":1"));
        assertThat(new Select(b.findElement(By.id("case")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(late);
        assertThat(b.findElement(By.id("obligations")).getText()).contains("ST-1");
    }

    @Test
    void the_form_offers_the_next_actions_first_and_preselects_what_the_chosen_person_owes_first() throws IOException {
        // GIVEN a case waiting for the consultation of step 2 (a logbook entry, the IB informed)
        String caseId = app.newCase();
        app.act(caseId, 0, Running.logEntry("Blauwe plek."));
        app.act(caseId, 1, Running.IB_NOTIFICATION);
        WebDriver b = browser(caseId);
        // WHEN the IB is chosen
        new Select(b.findElement(By.id("who"))).selectByValue("ib-201");
        // THEN the consultation, which the most urgent obligation asks and the IB may hold, is preselected
        Select type = new Select(b.findElement(By.id("action-type")));
        assertThat(type.getFirstSelectedOption().getAttribute("value")).isEqualTo("CONSULTATION");
        assertThat(type.getFirstSelectedOption().getText()).endsWith("(u mag dit)");
        assertThat(b.findElements(By.id("f-participants-lk-104"))).hasSize(1);
        // AND the next actions come first, in their own group; the others in a second group, unmarked
        WebElement next = b.findElement(By.id("types-next"));
        WebElement other = b.findElement(By.id("types-other"));
        assertThat(next.getAttribute("label")).isEqualTo("Nu aan de beurt");
        assertThat(other.getAttribute("label")).isEqualTo("Andere handelingen");
        assertThat(next.findElements(By.cssSelector("option[value='CONSULTATION']")))
                .hasSize(1);
        List<WebElement> others = other.findElements(By.tagName("option"));
        assertThat(others).isNotEmpty();
        assertThat(others).allSatisfy(o -> assertThat(o.getText()).doesNotContain("u mag dit"));
        assertThat(others.stream().map(o -> o.getAttribute("value"))).contains("REPORT");
        shoot(b, "web-next-action", By.id("h-step"));
        // WHEN a director is chosen, who may not hold the consultation
        new Select(b.findElement(By.id("who"))).selectByValue("dir-301");
        // THEN what is preselected is a next action the director may take, marked so
        WebElement chosen = type.getFirstSelectedOption();
        assertThat(chosen.getAttribute("value")).isNotEqualTo("CONSULTATION");
        assertThat(chosen.getAttribute("data-you")).isEqualTo("true");
        assertThat(chosen.getText()).endsWith("(u mag dit)");
    }

    @Test
    void without_javascript_the_page_says_in_both_languages_that_it_needs_it_and_where_to_go_instead()
            throws IOException {
        // GIVEN a browser with JavaScript turned off
        WebDriver b = driver(false);
        // WHEN it opens the page
        b.get(app.base + "/");
        // THEN it sees the message in Dutch and in English, pointing to the API and the command line
        WebElement message = b.findElement(By.id("noscript"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText())
                .contains("Deze pagina werkt alleen met JavaScript", "This page needs JavaScript")
                .contains("/api/worklist", "meldcode guide");
        assertThat(b.findElement(By.tagName("body")).getAttribute("data-ready")).isNull();
    }

    // --- taking an action on the page, as a person would ---

    private static void choose(WebDriver b, String staffId, ActionType type) {
        new Select(b.findElement(By.id("who"))).selectByValue(staffId);
        new Select(b.findElement(By.id("action-type"))).selectByValue(type.name());
    }

    private static void act(WebDriver b, String staffId, ActionType type, int sequence, Runnable fill) {
        choose(b, staffId, type);
        fill.run();
        b.findElement(By.id("submit")).click();
        waitFor(b).until(d -> {
            String text = d.findElement(By.id("result")).getText();
            return text.contains("(gebeurtenis " + sequence + ")") || text.contains("Geweigerd") ? text : null;
        });
        assertThat(b.findElement(By.id("result")).getText())
                .as("%s as %s", type, staffId)
                .contains("Vastgelegd")
                .contains("(gebeurtenis " + sequence + ")");
        waitFor(b)
                .until(d -> d.findElement(By.tagName("body"))
                        .getAttribute("data-loaded")
                        .endsWith(":" + sequence));
    }

    private static void check(WebDriver b, String id) {
        WebElement box = b.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Saves a screenshot of each open browser when a test fails (before the browsers close). */
    static final class Screenshots implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            Path dir = Path.of(System.getProperty("meldcode.screenshots", "target/screenshots"));
            try {
                Files.createDirectories(dir);
                for (int i = 0; i < browsers.size(); i++) {
                    File shot = ((ChromeDriver) browsers.get(i)).getScreenshotAs(OutputType.FILE);
                    Files.copy(
                            shot.toPath(),
                            dir.resolve(context.getRequiredTestMethod().getName() + "-" + i + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("no screenshot: " + e.getMessage());
            }
        }
    }
}
