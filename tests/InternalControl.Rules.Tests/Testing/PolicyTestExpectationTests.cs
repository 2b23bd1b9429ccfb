using InternalControl.Localization;
using InternalControl.Rules.Testing;

namespace InternalControl.Rules.Tests.Testing;

/// <summary>
/// Each kind of `expect` line of a policy's `test` block (`ic rules test`), as an author reads its verdict: a line that
/// holds passes, one that does not is one failure at the line, with its text in the author's language.
/// </summary>
public sealed class PolicyTestExpectationTests
{
    // Two 2s in maths: "weak" fires for P1 and maths only, derives weak(P1, MATH) = 2, decides risk = 1 and tells the class teacher.
    private const string Rules = """
        policy "t" country kg version 1

        rule "weak"
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= 2
        then
            assert weak(p, s) = 2
            set risk = 1
            notify class_teacher
            start "support" for p, s
        end

        """;

    private const string Given = """
        given
            now 2026-10-20
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 2
            mark pupil = "P1", subject = "MATH", date = 2026-10-02, value = 2
            mark pupil = "P1", subject = "HIST", date = 2026-10-02, value = 5
        """;

    [Theory]
    [InlineData("fired \"weak\" for \"P1\", \"MATH\"")]
    [InlineData("fired \"weak\" for \"P1\"")]
    [InlineData("fired \"weak\"")]
    [InlineData("not fired \"weak\" for \"P1\", \"HIST\"")]
    [InlineData("not fired \"weak\" for \"P2\"")]
    [InlineData("not fired \"strong\"")]
    [InlineData("fact weak(\"P1\", \"MATH\") = 2")]
    [InlineData("fact weak(\"P1\", \"MATH\")")]
    [InlineData("not fact weak(\"P1\", \"MATH\") = 3")]
    [InlineData("not fact weak(\"P1\", \"HIST\")")]
    [InlineData("decision risk = 1 for \"P1\", \"MATH\"")]
    [InlineData("decision risk for \"P1\"")]
    [InlineData("not decision risk = 2 for \"P1\", \"MATH\"")]
    [InlineData("not decision risk for \"P2\"")]
    [InlineData("started \"support\" for \"P1\", \"MATH\"")]
    [InlineData("started \"support\"")]
    [InlineData("not started \"support\" for \"P1\", \"HIST\"")]
    [InlineData("notified class_teacher for \"P1\", \"MATH\"")]
    [InlineData("notified \"class_teacher\"")]
    [InlineData("not notified class_teacher for \"P1\", \"HIST\"")]
    [InlineData("not notified director")]
    [InlineData("school_days(2026-11-02, 2026-11-10) = 3")]
    public void Run_ExpectationThatHolds_Passes(string expectation)
    {
        // Act
        var outcome = Run(expectation);

        // Assert
        Assert.True(outcome.Passed, string.Join("\n", outcome.Failures.Select(f => f.Render(Language.En))));
        Assert.Empty(outcome.Failures);
    }

    [Theory]
    [InlineData("fired \"weak\" for \"P1\", \"HIST\"", "IC1501", "Expected rule «weak» to fire for P1, HIST, but it did not.")]
    [InlineData("fired \"weak\" for \"P2\"", "IC1501", "Expected rule «weak» to fire for P2, but it did not.")]
    [InlineData("fired \"strong\"", "IC1501", "Expected rule «strong» to fire for anyone, but it did not.")]
    [InlineData("not fired \"weak\" for \"P1\", \"MATH\"", "IC1501", "Rule «weak» fired for P1, MATH, but it should not.")]
    [InlineData("fact weak(\"P1\", \"MATH\") = 3", "IC1502", "Expected the fact weak(P1, MATH) = 3, but it was not derived.")]
    [InlineData("fact weak(\"P1\", \"HIST\")", "IC1502", "Expected the fact weak(P1, HIST), but it was not derived.")]
    [InlineData("not fact weak(\"P1\", \"MATH\") = 2", "IC1502", "The fact weak(P1, MATH) was derived, but it should not be.")]
    [InlineData("decision risk = 2 for \"P1\", \"MATH\"", "IC1503", "Expected the decision risk = 2 for P1, MATH; found: 1.")]
    [InlineData("decision risk = 1 for \"P2\"", "IC1503", "Expected the decision risk = 1 for P2; found: -.")]
    [InlineData("not decision risk = 1 for \"P1\"", "IC1503", "The decision risk was set for P1, but it should not be.")]
    [InlineData("started \"support\" for \"P1\", \"HIST\"", "IC1504", "Expected workflow «support» to start for P1, HIST, but it did not.")]
    [InlineData("not started \"support\" for \"P1\", \"MATH\"", "IC1504", "Workflow «support» started for P1, MATH, but it should not.")]
    [InlineData("notified director", "IC1505", "Expected director to be notified for anyone, but they were not.")]
    [InlineData("notified class_teacher for \"P1\", \"HIST\"", "IC1505", "Expected class_teacher to be notified for P1, HIST, but they were not.")]
    [InlineData("not notified class_teacher for \"P1\"", "IC1505", "class_teacher was notified for P1, but should not be.")]
    [InlineData("school_days(2026-11-02, 2026-11-10) = 4", "IC1506", "The expected condition does not hold.")]
    public void Run_ExpectationThatFails_OneFailureAtItsLine(string expectation, string code, string message)
    {
        // Act
        var outcome = Run(expectation);

        // Assert
        Assert.False(outcome.Passed);
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal((code, ExpectLine), (failure.Code, failure.Span.Line));
        Assert.Equal(message, failure.Message(Language.En));
    }

    [Fact]
    public void Run_DecisionWithAnotherValue_NamesWhatWasFoundInKyrgyz()
    {
        // Act
        var outcome = Run("decision risk = 2 for \"P1\", \"MATH\"");

        // Assert
        Assert.Equal("P1, MATH үчүн risk = 2 чечими күтүлгөн; табылганы: 1.", Assert.Single(outcome.Failures).Message(Language.Ky));
    }

    [Fact]
    public void Run_ConditionWithAnUnknownName_FailsWithTheBinderErrorEachRun()
    {
        // Arrange: the binder's error is the test's failure, not the policy's: a second run reports it again, once.
        var policy = Some.Compile(Rules + Test("no_such_name = 2"));

        // Act
        var first = PolicyTestRunner.Run(policy)[0];
        var second = PolicyTestRunner.Run(policy)[0];

        // Assert
        Assert.False(first.Passed);
        var failure = Assert.Single(first.Failures);
        Assert.Equal(ExpectLine, failure.Span.Line);
        Assert.Equal(failure.Code, Assert.Single(second.Failures).Code);
        Assert.DoesNotContain(policy.Binding.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Run_NowOutsideEveryCalendar_IC1511InRussian()
    {
        // Arrange
        var source = Rules + """
            test "t"
            given
                now 2099-01-01
            expect
                not fired "weak"
            end
            """;
        var policy = Some.Compile(source);

        // Act
        var outcome = PolicyTestRunner.Run(policy)[0];

        // Assert
        Assert.False(outcome.Passed);
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal("IC1511", failure.Code);
        Assert.Equal(TestLine, failure.Span.Line);
        Assert.Equal(RenderedNoCalendar, failure.Message(Language.Ru));
    }

    [Fact]
    public void Run_NoNowAndNoFacts_RunsOnTheLatestYearsFirstDay()
    {
        // Arrange: nothing given at all: the test still runs, on the first day of the latest kg school year (2026-2027).
        var source = Rules + """
            test "t"
            given
            expect
                not fired "weak"
                now = 2026-09-01
            end
            """;
        var policy = Some.Compile(source);

        // Act
        var outcome = PolicyTestRunner.Run(policy)[0];

        // Assert
        Assert.True(outcome.Passed, string.Join("\n", outcome.Failures.Select(f => f.Render(Language.En))));
    }

    [Fact]
    public void Run_TwoPupilsWeak_ALineAboutOneHolds_AndAWrongDecisionListsWhatEachGot()
    {
        // Arrange: P1 and P2 both have two 2s in maths, so the rule derives, decides and notifies for both.
        var source = Rules + """
            test "t"
            given
                now 2026-10-20
                mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 2
                mark pupil = "P1", subject = "MATH", date = 2026-10-02, value = 2
                mark pupil = "P2", subject = "MATH", date = 2026-10-01, value = 2
                mark pupil = "P2", subject = "MATH", date = 2026-10-02, value = 2
            expect
                fact weak("P1", "MATH") = 2
                notified class_teacher for "P1"
                decision risk = 2
            end
            """;
        var policy = Some.Compile(source);

        // Act
        var outcome = PolicyTestRunner.Run(policy)[0];

        // Assert: the fact and the notice for P1 hold beside P2's; the decision line names both values found.
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal(("IC1503", TestLine + 10), (failure.Code, failure.Span.Line));
        Assert.Equal("Expected the decision risk = 2 for anyone; found: 1, 1.", failure.Message(Language.En));
    }

    [Fact]
    public void Run_NoPolicy_ThrowsArgumentNull()
    {
        // Act and assert: a misuse, not a failing test.
        Assert.Throws<ArgumentNullException>(() => PolicyTestRunner.Run(null!));
    }

    [Fact]
    public void Run_SeveralFailingLines_OneFailureEachInOrder()
    {
        // Act
        var outcome = Run("fired \"strong\"\n    school_days(2026-11-02, 2026-11-10) = 4");

        // Assert
        Assert.Equal([("IC1501", ExpectLine), ("IC1506", ExpectLine + 1)], outcome.Failures.Select(f => (f.Code, f.Span.Line)));
    }

    // The line of the first expect line of Test(...), and of the test block.
    private const int TestLine = 14;
    private const int ExpectLine = TestLine + 7;

    // The day as the test wrote it (ISO), not in a culture's short date form.
    private const string RenderedNoCalendar = "Нет школьного календаря для kg на 2099-01-01.";

    private static TestOutcome Run(string expectation)
    {
        var policy = Some.Compile(Rules + Test(expectation));
        return Assert.Single(PolicyTestRunner.Run(policy));
    }

    private static string Test(string expectation) =>
        "test \"t\"\n" + Given + "\nexpect\n    " + expectation + "\nend\n";
}
