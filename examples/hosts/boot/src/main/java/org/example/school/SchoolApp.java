package org.example.school;

import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Ruling;
import org.meldcode.json.MeldcodeJsonModule;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.rules.MeldcodeRules;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A school system on Spring Boot 4 that asks meldcode whether an action is permitted. */
@SpringBootApplication
@RestController
public class SchoolApp {

    /** What the school sends: the stored case and the action a staff member wants to take. */
    public record Question(Case caseFile, Action action) {}

    private final MeldcodeEngine engine;

    SchoolApp(MeldcodeEngine engine) {
        this.engine = engine;
    }

    /** The engine, built once with its rules loaded at start-up, shared by all requests. */
    @Bean
    static MeldcodeEngine meldcodeEngine() {
        MeldcodeRules.preload(ProtocolRef.STAPPENPLAN_2021);
        return MeldcodeRules.engine();
    }

    /** Cases, actions and rulings in the library's JSON on Boot's own mapper. */
    @Bean
    static JsonMapperBuilderCustomizer meldcodeJson() {
        return builder -> builder.addModule(new MeldcodeJsonModule());
    }

    /** Whether the action is permitted now, and if not why, as the library writes a ruling. */
    @PostMapping("/rulings")
    Ruling ruling(@RequestBody Question question) {
        return engine.evaluate(question.caseFile(), question.action());
    }

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(SchoolApp.class, args);
    }
}
