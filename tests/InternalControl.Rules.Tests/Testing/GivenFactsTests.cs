using InternalControl.Localization;
using InternalControl.Rules.Testing;

namespace InternalControl.Rules.Tests.Testing;

/// <summary>
/// The school a `test` block builds from its `given` facts, as a policy author relies on it: the defaults a fact leaves
/// out (pupil P1, subject S1, a current mark, 5-point marks, class C1 of grade 7), the pupils, subjects and classes the
/// facts name being there, the test's date being its latest fact's when it gives none, and a misspelt field refused.
/// </summary>
public sealed class GivenFactsTests
{
    private const string Rules = """

        rule "a current mark"
        when
            pupil p
            subject s
            exists(mark m where m.kind = "current")
        then
        end

        rule "a mark at full points"
        when
            pupil p
            subject s
            exists(mark m where m.percent = 100)
        then
        end

        rule "a mark on the test's day"
        when
            pupil p
            subject s
            exists(mark m where m.date = now)
        then
        end

        rule "an absence with a document"
        when
            pupil p
            exists(absence a where a.documented)
        then
        end

        rule "an absence on the test's day"
        when
            pupil p
            exists(absence a where a.date = now)
        then
        end

        rule "an absence without an excuse"
        when
            pupil p
            exists(absence a where not a.excused)
        then
        end

        rule "in class C1"
        when
            pupil p where p.class = "C1"
        then
        end

        rule "in a marked class"
        when
            pupil p where p.marked = "yes"
        then
        end

        rule "an absence"
        when
            pupil p
            exists(absence a)
        then
        end

        rule "in grade 7"
        when
            pupil p where p.grade = 7
        then
        end

        rule "in an unmarked class"
        when
            pupil p where p.marked = "no"
        then
        end

        rule "a teacher scored"
        when
            score e where e.kind = "teacher" and e.object = "T1"
        then
        end
        """;

    private const string Tests = """

        test "a mark without pupil, subject or kind is P1's current mark in S1, out of 5"
        given
            mark date = 2026-10-01, value = 5
            mark pupil = "P2", subject = "MATH", date = 2026-10-01, value = 8, max_points = 10
        expect
            fired "a current mark" for "P1", "S1"
            fired "a mark at full points" for "P1", "S1"
            not fired "a mark at full points" for "P2", "MATH"
            fired "in grade 7" for "P1"
            fired "in grade 7" for "P2"
        end

        test "without now, the test runs on its latest fact's day"
        given
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 4
            mark pupil = "P2", subject = "MATH", date = 2026-10-05, value = 4
        expect
            not fired "a mark on the test's day" for "P1", "MATH"
            fired "a mark on the test's day" for "P2", "MATH"
        end

        test "a test's now is its day, even before its latest fact"
        given
            now 2026-10-01
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 4
            mark pupil = "P2", subject = "MATH", date = 2026-10-05, value = 4
        expect
            fired "a mark on the test's day" for "P1", "MATH"
            not fired "a mark on the test's day" for "P2", "MATH"
        end

        test "without now, a latest absence sets the day"
        given
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 4
            absence pupil = "P7", date = 2026-10-06
        expect
            fired "an absence on the test's day" for "P7"
            fired "an absence without an excuse" for "P7"
            fired "in class C1" for "P7"
            not fired "a mark on the test's day" for "P1", "MATH"
        end

        test "an absence's pupil is there, documented only when the test says so"
        given
            now 2026-10-20
            absence pupil = "P3", date = 2026-10-01, excuse = "illness", documented = true
            absence pupil = "P4", date = 2026-10-01, excuse = "illness"
        expect
            fired "an absence" for "P3"
            fired "an absence with a document" for "P3"
            fired "an absence" for "P4"
            not fired "an absence with a document" for "P4"
        end

        test "a given class keeps its own grade and marking"
        given
            now 2026-10-20
            class id = "3A", grade = 3, marked = "no"
            class id = "4A", grade = 4, marked = "yes"
            pupil id = "P5", class = "3A"
            pupil id = "P6", class = "9B"
            pupil id = "P8", class = "4A"
            pupil id = "P9"
        expect
            not fired "in grade 7" for "P5"
            fired "in an unmarked class" for "P5"
            fired "in grade 7" for "P6"
            not fired "in an unmarked class" for "P6"
            fired "in a marked class" for "P8"
            not fired "in a marked class" for "P5"
            not fired "in a marked class" for "P6"
            fired "in class C1" for "P9"
            not fired "in class C1" for "P5"
        end

        test "a score without object or kind is a teacher T1's"
        given
            score sheet = "II.3", criterion = "1", value = 2, date = 2026-10-01
        expect
            fired "a teacher scored" for "T1"
        end
        """;

    [Fact]
    public void GivenFacts_WithTheirDefaults_BuildTheSchoolTheExpectationsDescribe()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Rules + Tests));

        // Act
        var outcomes = PolicyTestRunner.Run(policy);

        // Assert
        Assert.Equal(7, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Passed, string.Join("\n", o.Failures.Select(f => f.Render(Language.En)))));
    }

    [Fact]
    public void AGivenFieldTheVocabularyDoesNotHave_FailsTheTest_AtTheField()
    {
        // Arrange: "valeu" is no field of a mark
        var source = Some.Policy(Rules + """

            test "a misspelt field"
            given
                mark pupil = "P1", valeu = 2, date = 2026-10-01
            expect
                fired "a current mark" for "P1", "S1"
            end
            """);
        var policy = Some.Compile(source);
        var line = source[..source.IndexOf("valeu", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        // Act
        var outcome = Assert.Single(PolicyTestRunner.Run(policy));

        // Assert
        var failure = Assert.Single(outcome.Failures, f => f.Code == "IC1510");
        Assert.Contains("valeu", failure.Message(Language.Ru), StringComparison.Ordinal);
        Assert.Equal(line, failure.Span.Line);
    }
}
