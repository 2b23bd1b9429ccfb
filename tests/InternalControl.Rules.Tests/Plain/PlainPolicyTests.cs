using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Formatting;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;

namespace InternalControl.Rules.Tests.Plain;

using Language = InternalControl.Localization.Language;

/// <summary>
/// Issue 10, "what school staff need to write policies plainly": named measures (`let`), counting windows beyond the
/// current quarter, every output of a decision table, and the lists of rule_order and collect; each on both engines
/// (<see cref="Some.Run"/> compares them), in the four languages, with coded diagnostics for misuse.
/// </summary>
public sealed class PlainPolicyTests
{
    private const string Measures = """
        let twos = count(mark g where g.value = 2)
        let many_twos = twos >= 3
        rule "many" when pupil p subject s many_twos then set twos = twos end
        rule "some" when pupil p subject s twos >= 1 and not many_twos then set twos = twos end
        """;

    private const string Expanded = """
        rule "many" when pupil p subject s count(mark g where g.value = 2) >= 3 then set twos = count(mark g where g.value = 2) end
        rule "some" when pupil p subject s count(mark g where g.value = 2) >= 1 and not count(mark g where g.value = 2) >= 3 then set twos = count(mark g where g.value = 2) end
        """;

    [Fact]
    public void Let_AMeasureUsedInTwoRules_GivesWhatTheExpressionWrittenOutGives()
    {
        // Act: both engines, each compared inside Some.Run.
        var measured = Some.Run(Measures, Some.Marks);
        var expanded = Some.Run(Expanded, Some.Marks);

        // Assert: maths has three 2s ("many", 3); no other subject has a 2.
        Assert.Equal([("many", "MATH", (object?)3d)], measured.Decisions.Select(d => (d.Rule, d.SubjectId, d.Value)));
        Assert.Equal(expanded.Decisions.Select(d => (d.Rule, d.SubjectId, d.Value)), measured.Decisions.Select(d => (d.Rule, d.SubjectId, d.Value)));
        Assert.Equal(expanded.Firings.Select(f => (f.Rule, f.PupilId, f.SubjectId)), measured.Firings.Select(f => (f.Rule, f.PupilId, f.SubjectId)));
    }

    [Fact]
    public void Let_AMeasureThatRefersToItself_IsIC1700WithACaretAtTheMeasure()
    {
        // Arrange
        var source = Some.Policy("let a = b + 1\nlet b = a * 2\nrule \"r\" when pupil p a > 1 then set x = 1 end");

        // Act
        var diagnostic = Assert.Single(Some.Errors(source), d => d.IsError);

        // Assert
        Assert.Equal("IC1700", diagnostic.Code);
        Assert.Equal("«a» өлчөмү өзүнө шилтеме кылат (a -> b -> a аркылуу); өлчөм башка өлчөмдөр аркылуу жазылат, өзү аркылуу эмес.", diagnostic.Message(Language.Ky));
        var rendered = diagnostic.Render(Language.Ru, source);
        Assert.Contains("IC1700", rendered, StringComparison.Ordinal);
        Assert.Contains("let a = b + 1\n    ^", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Let_TheRulesVariablesAreNotVisibleInAMeasure_IC1201OnceForTwoUses()
    {
        // Arrange: the measure names the rule's `s`; a measure is shared by rules that may name their subject otherwise.
        var source = Some.Policy("let m = count(mark g where g.subject = s)\nrule \"r1\" when pupil p subject s m > 1 then set x = 1 end\nrule \"r2\" when pupil p subject s m > 2 then set x = 2 end");

        // Act
        var errors = Some.Errors(source).Where(d => d.IsError).ToList();

        // Assert: reported once (not once per rule), at the measure's text.
        var error = Assert.Single(errors, e => e.Code == "IC1201");
        Assert.Equal("IC1201", error.Code);
        Assert.Equal(source.IndexOf("= s)", StringComparison.Ordinal) + 2, error.Span.Offset);
    }

    [Fact]
    public void Let_NameOfAParameterIsIC1702_AndAnUnusedMeasureIsIC1701()
    {
        // Act
        var duplicate = Some.Errors(Some.Policy("parameter n = 1 \"n\"\nlet n = 2\nrule \"r\" when pupil p n > 0 then set x = 1 end"));
        var unused = Some.Errors(Some.Policy("let idle = 2\nrule \"r\" when pupil p then set x = 1 end"));

        // Assert
        Assert.Contains(duplicate, d => d.Code == "IC1702" && d.IsError && d.Message(Language.Kk).StartsWith("«n» өлшемінің атауы", StringComparison.Ordinal));
        var warning = Assert.Single(unused);
        Assert.Equal("IC1701", warning.Code);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void Windows_HalfYearYearAndLastSchoolDays_CountWhatTheCalendarSays()
    {
        // Arrange: now is Thursday 2026-12-10, in quarter 2 (kg 2026-2027: Q1 from 2026-09-01, Q2 from 2026-11-09).
        const string body = """
            rule "windows" when pupil p subject s s = "MATH" then
                set term = count(mark g in current_term)
                set half = count(mark g in current_half_year)
                set year = count(mark g in current_year)
                set last5 = count(mark g in last_school_days(5))
                set last4 = count(mark g in last_school_days(4))
            end
            """;
        Mark[] marks =
        [
            Some.Mark("P1", "MATH", "2026-05-15", 2), // the year before: never in a window of this year
            Some.Mark("P1", "MATH", "2026-10-01", 2), // Q1
            Some.Mark("P1", "MATH", "2026-11-10", 2), // Q2
            Some.Mark("P1", "MATH", "2026-12-04", 2), // Friday: the 5th school day back from Thursday the 10th
            Some.Mark("P1", "MATH", "2026-12-09", 2), // Wednesday
            Some.Mark("P1", "MATH", "2026-12-11", 2), // after now: does not exist yet
        ];

        // Act: both engines (Some.Run), in quarter 2 and then in quarter 3.
        var december = Values(Some.Run(body, marks, now: new DateOnly(2026, 12, 10)));
        var january = Values(Some.Run(body, marks, now: new DateOnly(2027, 1, 20)));

        // Assert
        Assert.Equal(new Dictionary<string, double> { ["term"] = 3, ["half"] = 4, ["year"] = 4, ["last5"] = 2, ["last4"] = 1 }, december);
        Assert.Equal(new Dictionary<string, double> { ["term"] = 0, ["half"] = 0, ["year"] = 5, ["last5"] = 0, ["last4"] = 0 }, january);
    }

    [Fact]
    public void Windows_AreRecordedInTheRuleModel()
    {
        // Act
        var model = Some.Compile(Some.Policy("let u = count(absence a in current_half_year)\nrule \"r\" when pupil p u + count(mark g in current_year) + count(absence a in last_school_days(5)) + count(mark g) > 1 then set x = 1 end")).Model;

        // Assert
        Assert.Equal(
            [CountingWindow.CurrentHalfYear, CountingWindow.CurrentYear, CountingWindow.LastSchoolDays, CountingWindow.CurrentTerm],
            model.Rules.Single().Aggregates.Select(a => a.Window));
    }

    [Fact]
    public void Windows_OnScoresAndZeroDays_AreIC1710AndIC1711()
    {
        // Act
        var scores = Some.Errors(Some.Policy("rule \"r\" when count(score e in current_year) > 1 then set x = 1 end"));
        var zero = Some.Errors(Some.Policy("rule \"r\" when pupil p count(absence a in last_school_days(0)) > 1 then set x = 1 end"));

        // Assert
        Assert.Equal("IC1710", Assert.Single(scores).Code);
        Assert.Equal("Окно подсчёта (текущий_учебный_год) применяется к оценкам и пропускам, а не к «score».", Assert.Single(scores).Message(Language.Ru));
        Assert.Equal("IC1711", Assert.Single(zero).Code);
    }

    private const string Approval = """
        table approval hit unique
            input age | input risk | input member | output status | output rate
            < 25      | "Medium"   | true         | "Approved"    | 0.25
            >= 25     | -          | -            | "Approved"    | 0.1
            < 25      | "High"     | -            | "Declined"    | 0
            < 25      | "Medium"   | false        | "Referred"    | 0.3
        end
        """;

    [Fact]
    public void TableOutputs_EveryOutputIsReadable_InRulesAndTests()
    {
        // Arrange: P1's class is grade 7; 7 + 12 = 19.
        var body = Approval + """

            rule "rate" when pupil p then
                set rate = approval(p.grade + 12, "Medium", true).rate
                set status = approval(p.grade + 12, "Medium", false).status
            end
            test "DMN: every output"
            given now 2026-10-20
            expect
                approval(19, "Medium", true).rate = 0.25
                approval(19, "Medium", false).status = "Referred"
                approval(30, "High", false).rate = 0.1
            end
            """;

        // Act
        var result = Some.Run(body, Some.Marks);
        var policy = Some.Compile(Some.Policy(body));

        // Assert
        Assert.Contains(result.Decisions, d => d is { Name: "rate", PupilId: "P1" } && Equals(d.Value, 0.25));
        Assert.Contains(result.Decisions, d => d is { Name: "status", PupilId: "P1" } && Equals(d.Value, "Referred"));
        Assert.All(PolicyTestRunner.Run(policy, RuleEngineKind.Compiled).Concat(PolicyTestRunner.Run(policy, RuleEngineKind.NRules)), o => Assert.True(o.Passed, string.Join("\n", o.Failures.Select(f => f.Message(Language.En)))));
    }

    [Fact]
    public void TableOutputs_AnOutputTheTableHasNot_IsIC1720WithDidYouMean_NotAFieldOfAText()
    {
        // Arrange
        var source = Some.Policy(Approval + "\nrule \"r\" when pupil p approval(19, \"Medium\", true).rat = 0.25 then set x = 1 end");

        // Act
        var diagnostics = Some.Errors(source);

        // Assert: one error, at the field, naming the output; no "a text has no field", no "'=' cannot combine".
        var error = Assert.Single(diagnostics);
        Assert.Equal("IC1720", error.Code);
        Assert.Equal("В таблице «approval» нет выхода «rat»; возможно, имелось в виду «rate»?", error.Message(Language.Ru));
        var rendered = error.Render(Language.En, source);
        Assert.Contains("test.icp:9:52: error IC1720", rendered, StringComparison.Ordinal);
        Assert.EndsWith(new string(' ', 51) + "^~~", rendered.TrimEnd(), StringComparison.Ordinal);
    }

    private const string Flags = """
        table flags hit rule_order
            input twos | output flag
            >= 1       | "watch"
            >= 3       | "low-achiever"
            >= 5       | "council"
        end
        table points hit collect
            input twos | output points
            >= 1       | 1
            >= 3       | 2
        end
        """;

    [Fact]
    public void Lists_RuleOrderAndCollect_AreReadWithInAndCount_InRulesAndTests()
    {
        // Arrange
        var body = Flags + """

            rule "flagged" when pupil p subject s
                "low-achiever" in flags(count(mark g where g.value = 2))
                "council" not in flags(count(mark g where g.value = 2))
                count(flags(count(mark g where g.value = 2))) = 2
                2 in points(count(mark g where g.value = 2)).points
            then set flags = count(flags(count(mark g where g.value = 2))) end
            test "lists"
            given now 2026-10-20
            expect
                count(flags(3)) = 2
                "watch" in flags(1)
                "council" not in flags(4)
                count(points(0)) = 0
            end
            """;

        // Act
        var result = Some.Run(body, Some.Marks);
        var policy = Some.Compile(Some.Policy(body));

        // Assert: only maths has three 2s.
        Assert.Equal([("P1", "MATH", (object?)2d)], result.Decisions.Select(d => (d.PupilId, d.SubjectId, d.Value)));
        Assert.All(PolicyTestRunner.Run(policy, RuleEngineKind.Compiled).Concat(PolicyTestRunner.Run(policy, RuleEngineKind.NRules)), o => Assert.True(o.Passed, string.Join("\n", o.Failures.Select(f => f.Message(Language.En)))));
    }

    [Fact]
    public void Lists_ComparedWithAnotherKind_IsIC1722()
    {
        // Act
        var diagnostics = Some.Errors(Some.Policy(Flags + "\nrule \"r\" when pupil p 3 in flags(1) then set x = 1 end"));

        // Assert
        Assert.Equal("IC1722", Assert.Single(diagnostics).Code);
        Assert.Equal("The list of «flags» holds a text, and it is compared with a number.", Assert.Single(diagnostics).Message(Language.En));
    }

    [Fact]
    public void Lists_UsedAsOneValue_IsIC1723NamingTheTable()
    {
        // Act
        var diagnostics = Some.Errors(Some.Policy(Flags + "\nrule \"r\" when pupil p flags(1) = \"watch\" then set x = 1 end"));

        // Assert
        var error = Assert.Single(diagnostics);
        Assert.Equal("IC1723", error.Code);
        Assert.Equal("«flags» таблицасы тизме берет (эреже_тартиби дал келүүсү); тизме «ичинде» же «саны» аркылуу окулат, жалгыз маани катары эмес.", error.Message(Language.Ky));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void DivisionInAnAction_ByAValueThatIsZero_StopsThatBindingWithIC1251(RuleEngineKind engine)
    {
        // Arrange: maths has three 2s and one 5 (3 / 1); history has a 3 and no 5 (0 / 0).
        const string body = """
            rule "share" when pupil p subject s count(mark g) > 0
            then set share = count(mark g where g.value = 2) / count(mark g where g.value = 5) end
            """;
        var policy = Some.Compile(Some.Policy(body));

        // Act
        var result = policy.Evaluate(Some.School(Some.Marks), Some.Calendar, Some.Now, engine);

        // Assert: no NaN decision; history is stopped and reported.
        Assert.Equal([("MATH", (object?)3d)], result.Decisions.Select(d => (d.SubjectId, d.Value)));
        Assert.Equal(["MATH"], result.Firings.Select(f => f.SubjectId));
        Assert.Contains(result.Problems, p => p.Code == "IC1251" && p.Message(Language.En) == "Rule «share» divided by 0 for P1, HIST; the rule was not applied to it.");
        Some.Run(body, Some.Marks);
    }

    private const string Source = """
        policy "plain" country kg version 1
        parameter recent_days = 10 "how far back"

        let unexcused = count(absence a in current_half_year where not a.excused or not a.documented) "6.2: unexcused absences this half-year"
        let recent_twos = count(mark g in last_school_days(recent_days) where g.value = 2)

        table flags hit rule_order
            input twos | output flag | output weight
            >= 1       | "watch"     | 1
            >= 3       | "low"       | 2
        end

        rule "plain"
        when
            pupil p
            subject s
            unexcused + count(mark g in current_year where g.value = 2) >= 1
            "low" in flags(recent_twos).flag
            count(flags(recent_twos)) >= 1
        then
            set weight = count(flags(recent_twos).weight)
        end

        test "lists"
        given
            now 2026-10-20
        expect
            count(flags(3)) = 2
        end
        """;

    [Fact]
    public void TranslateAndFmt_TheNewConstructs_RoundTripInEnKkKyRu()
    {
        // Arrange
        var source = PolicyFormatter.Format(Source, "plain.icp").Value!;
        var model = Some.Compile(source).Describe();
        var text = source;

        // Act
        var models = new List<string>();
        var texts = new List<string>();
        foreach (var language in new[] { Language.Kk, Language.Ky, Language.Ru, Language.En })
        {
            text = PolicyTranslator.Translate(text, "plain.icp", language).Value!;
            texts.Add(text);
            models.Add(Some.Compile(text).Describe());
            models.Add(Some.Compile(PolicyFormatter.Format(text, "plain.icp").Value!).Describe());
        }

        // Assert
        Assert.All(models, m => Assert.Equal(model, m));
        Assert.Equal(source, text);
        Assert.Equal(source, PolicyFormatter.Format(source, "plain.icp").Value);
        Assert.Contains("айталық unexcused = саны(сабаққа_келмеу a ішінде ағымдағы_жартыжылдық мұнда", texts[0], StringComparison.Ordinal);
        Assert.Contains("дейли recent_twos = саны(баа g ичинде акыркы_окуу_күндөрү(recent_days) мында g.мааниси = 2)", texts[1], StringComparison.Ordinal);
        Assert.Contains("количество(оценка g в текущий_учебный_год где g.значение = 2)", texts[2], StringComparison.Ordinal);
    }

    private static Dictionary<string, double> Values(EvaluationResult result) =>
        result.Decisions.Where(d => d.PupilId == "P1").ToDictionary(d => d.Name, d => (double)d.Value!);
}
