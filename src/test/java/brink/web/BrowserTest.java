package brink.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A class in real browsers: headless Chromium through Selenium and Debian's chromedriver, one browser per person (the
 * instructor and two teams: separate profiles, separate storage). The instructor creates a session, two teams join,
 * three turns are played with an inject and a live forecast, the server is restarted mid-session and the game goes on
 * where it was, and the debrief is shown and downloaded. With -Dbrink.screenshots=DIR the pages are saved as PNGs
 * (the screenshots of docs/CLASSROOM.md).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static Server server;
    static int port;
    static final List<WebDriver> browsers = new ArrayList<>();
    static Path shots;
    /** The scenario and the two teams' states: the fictional test scenario unless -Dbrink.browser.scenario and -Dbrink.browser.teams say otherwise (the docs' screenshots use the seed). */
    static Path scenarioFile;
    static String teamA, teamB;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        scenarioFile = Path.of(System.getProperty("brink.browser.scenario", WebApiTest.FICTIONAL.toString()));
        String[] teams = System.getProperty("brink.browser.teams", "NOR,SOU").split(",");
        teamA = teams[0];
        teamB = teams[1];
        Files.copy(scenarioFile, scenarios.resolve(scenarioFile.getFileName()));
        server = WebApiTest.start(tmp.resolve("data"), scenarios, 0);
        port = server.port();
        String dir = System.getProperty("brink.screenshots");
        shots = dir == null || dir.isBlank() ? null : Files.createDirectories(Path.of(dir));
    }

    @AfterAll
    static void stop() {
        for (WebDriver b : browsers) {
            try {
                b.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        if (server != null) server.close();
    }

    static WebDriver browser(int width, int height, Path downloads) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=" + width + "," + height,
                "--disable-extensions", "--no-first-run", "--lang=en-GB");
        if (downloads != null) o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, o);
        browsers.add(d);
        return d;
    }

    static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static <T> T until(WebDriver d, Function<WebDriver, T> condition) {
        return new WebDriverWait(d, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100)).until(condition);
    }

    static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    static void waitText(WebDriver d, String id, String contains) {
        until(d, x -> {
            try {
                return x.findElement(By.id(id)).getText().contains(contains);
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page replaced the element between find and read (a live update): chromedriver reports it as stale or,
                // in newer Chromium, as 'Node with given id does not belong to the document'; look again
                return false;
            }
        });
    }

    static void shot(WebDriver d, String name) throws Exception {
        if (shots == null) return;
        // the whole page: the window grows to the document's height for the picture
        Dimension size = d.manage().window().getSize();
        long h = (Long) ((JavascriptExecutor) d).executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        d.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(4000, Math.max(size.getHeight(), h + 120))));
        Thread.sleep(300);
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        d.manage().window().setSize(size);
    }

    static void joinAs(WebDriver team, String code, String state, String name) {
        team.get(url("/team?code=" + code));
        until(team, x -> !x.findElements(By.cssSelector("input[name=join-state][value=" + state + "]")).isEmpty());
        team.findElement(By.cssSelector("input[name=join-state][value=" + state + "]")).click();
        team.findElement(By.id("join-name")).sendKeys(name);
        team.findElement(By.id("join-submit")).click();
        waitText(team, "title", name);
    }

    /** Submits the first move the page offers other than holding (or holding when nothing else is open); returns its id. */
    static String order(WebDriver team) {
        until(team, x -> !x.findElements(By.cssSelector("input[name=action]")).isEmpty());
        List<WebElement> opts = team.findElements(By.cssSelector("input[name=action]"));
        WebElement pick = opts.stream().filter(e -> !e.getAttribute("value").equals("hold")).findFirst().orElse(opts.get(0));
        String id = pick.getAttribute("value");
        pick.click();
        team.findElement(By.id("submit-order")).click();
        return id;
    }

    static void playTurn(WebDriver instructor, WebDriver red, WebDriver blue, int dayAfter) {
        String a = order(red);
        waitText(red, "order-status", "Submitted: " + a);
        order(blue);
        for (WebDriver d : List.of(instructor, red, blue)) waitText(d, "day", "Day " + dayAfter + " of");
    }

    @Test
    void aClassPlaysThreeTurnsSurvivesARestartAndGetsItsDebrief() throws Exception {
        Path downloads = Files.createDirectories(tmp.resolve("downloads"));
        WebDriver instructor = browser(1400, 1000, downloads);
        WebDriver red = browser(1280, 1000, null);
        WebDriver blue = browser(390, 844, null); // a phone

        // the instructor creates the session
        instructor.get(url("/new"));
        until(instructor, x -> !x.findElements(By.cssSelector("#teams input")).isEmpty());
        new Select(instructor.findElement(By.id("scenario"))).selectByValue(scenarioFile.getFileName().toString());
        until(instructor, x -> !x.findElements(By.cssSelector("#teams input[value=" + teamB + "]")).isEmpty());
        for (WebElement box : instructor.findElements(By.cssSelector("#teams input"))) {
            boolean want = List.of(teamA, teamB).contains(box.getAttribute("value"));
            if (box.isSelected() != want) box.click();
        }
        set(instructor, "turn-days", "3");
        set(instructor, "turn-seconds", "600");
        set(instructor, "debrief-runs", "40");
        shot(instructor, "new-session");
        instructor.findElement(By.id("create")).click();
        until(instructor, x -> x.getCurrentUrl().contains("/instructor/"));
        waitText(instructor, "status", "LOBBY");
        String code = text(instructor, "code");
        assertEquals(6, code.length(), code);

        // two teams join from their own browsers
        joinAs(red, code, teamA, "Red Team");
        joinAs(blue, code, teamB, "Blue Team");
        waitText(instructor, "team-" + teamA, "Red Team");
        waitText(instructor, "team-" + teamB, "Blue Team");
        // the briefing: objectives, forces and the state's own beliefs
        waitText(red, "objectives", "The issue (30 points)");
        assertTrue(text(red, "objectives").contains("Losses (20 points)"), text(red, "objectives"));
        assertTrue(text(red, "briefing").contains("What you believe of the others' resolve"), text(red, "briefing"));
        assertFalse(red.findElements(By.cssSelector("#beliefs tr")).isEmpty());

        instructor.findElement(By.id("start")).click();
        for (WebDriver d : List.of(instructor, red, blue)) waitText(d, "status", "RUNNING");
        assertTrue(text(instructor, "clock").contains("left"), text(instructor, "clock"));
        // a locked move says why in words
        red.findElement(By.cssSelector("#locked-box summary")).click();
        List<WebElement> locked = red.findElements(By.cssSelector("#locked li"));
        assertFalse(locked.isEmpty(), "some of the aggressor's moves are locked at the start");
        for (WebElement l : locked) assertTrue(l.getText().matches("(?s)[^:]+: \\p{Ll}.{15,}\\."), "a lock with its reason in words: " + l.getText());
        if (teamA.equals("NOR")) assertTrue(text(red, "locked-strike").contains("the crisis must first reach rung"), text(red, "locked-strike"));
        shot(red, "team-laptop");
        shot(blue, "team-phone");

        // turn 1
        playTurn(instructor, red, blue, 3);

        // an inject from the instructor, checked and scheduled for today
        WebElement name = instructor.findElement(By.id("inject-name"));
        name.clear();
        name.sendKeys("Shots across the border");
        set(instructor, "inject-tension", "0.15");
        instructor.findElement(By.id("inject-submit")).click();
        waitText(instructor, "inject-result", "Scheduled for");
        waitText(instructor, "decisions", "Shots across the border");

        // turn 2: the inject fires and every screen's news shows it
        playTurn(instructor, red, blue, 6);
        for (WebDriver d : List.of(instructor, red, blue)) waitText(d, "news", "Shots across the border");

        // a live forecast from today, seen by the teams too
        set(instructor, "forecast-runs", "60");
        instructor.findElement(By.id("forecast-run")).click();
        until(instructor, x -> !x.findElements(By.id("forecast-table")).isEmpty());
        until(red, x -> !x.findElements(By.id("forecast-table")).isEmpty());
        assertTrue(text(instructor, "forecast").contains("60 runs from today"), text(instructor, "forecast"));
        shot(instructor, "instructor-running");

        // the server stops and starts again on the same data folder: the game is where it was
        String redOrderBefore = order(red);
        waitText(instructor, "team-" + teamA, "✓ " + redOrderBefore);
        server.close();
        server = WebApiTest.start(tmp.resolve("data"), tmp.resolve("scenarios"), port);
        for (WebDriver d : List.of(instructor, red, blue)) {
            d.navigate().refresh();
            waitText(d, "day", "Day 6 of");
            waitText(d, "status", "PAUSED");
        }
        waitText(instructor, "team-" + teamA, "✓ " + redOrderBefore);
        waitText(red, "order-status", "Submitted: " + redOrderBefore);
        assertTrue(text(red, "news").contains("Shots across the border"));
        instructor.findElement(By.id("resume")).click();
        for (WebDriver d : List.of(instructor, red, blue)) waitText(d, "status", "RUNNING");

        // turn 3: Red's order from before the restart stands; Blue orders now
        order(blue);
        for (WebDriver d : List.of(instructor, red, blue)) waitText(d, "day", "Day 9 of");

        // the instructor ends the game; the debrief is computed, shown and downloaded
        instructor.findElement(By.id("end")).click();
        instructor.findElement(By.id("end")).click();
        until(instructor, x -> !x.findElements(By.id("debrief-link")).isEmpty());
        waitText(red, "debrief", "Open the debrief");
        String link = instructor.findElement(By.id("debrief-link")).getAttribute("href");
        instructor.findElement(By.id("debrief-download")).click();
        instructor.get(link);
        waitText(instructor, "headline", "when the game was stopped; the model's states stood at");
        assertTrue(text(instructor, "headline").contains("of 40 runs from the same start"), text(instructor, "headline"));
        assertEquals(2, instructor.findElements(By.cssSelector("#scores tr")).size() - 1, "a score row per team");
        assertTrue(text(instructor, "decisions").contains("Shots across the border"));
        assertTrue(text(instructor, "scores").contains("Red Team") && text(instructor, "scores").contains("Blue Team"));
        // Model v2's ending: the class's violence and termination against the model's runs, each team's result and losses
        assertTrue(text(instructor, "ending").contains("International Crisis Behavior") && text(instructor, "endings").contains("◀ yours"), text(instructor, "ending"));
        assertTrue(text(instructor, "scores").matches("(?s).*(victory|compromise|stalemate|defeat).*thousand troops lost.*"), text(instructor, "scores"));
        // each team's chart is an embedded PNG that Chromium decodes at its design size
        assertEquals(Boolean.TRUE, until(instructor, x -> (Boolean) ((JavascriptExecutor) x).executeScript(
                "const i = [...document.querySelectorAll('img.chart')]; return i.length === 2 && i.every(c => c.complete && c.naturalWidth === 1300 && c.src.startsWith('data:image/png')) || null")));
        shot(instructor, "debrief");
        File file = until(instructor, x -> {
            try (Stream<Path> s = Files.list(downloads)) {
                return s.filter(p -> p.toString().endsWith(".html")).map(Path::toFile).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String html = Files.readString(file.toPath());
        assertTrue(file.getName().startsWith("brink-debrief-"), file.getName());
        assertTrue(html.contains("<svg") && html.contains("when the game was stopped"), "the download is the debrief with its charts");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"), "self-contained: no script, no link out");
        // a team opens the same debrief with its own token
        red.findElement(By.id("debrief-link")).click();
        var tabs = new ArrayList<>(red.getWindowHandles());
        red.switchTo().window(tabs.get(tabs.size() - 1));
        waitText(red, "headline", "Your crisis stood at");
    }

    static void set(WebDriver d, String id, String value) {
        WebElement e = d.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }
}
