using InternalControl.Localization;
using InternalControl.Rules.Testing;

namespace InternalControl.Rules.Tests.Testing;

public sealed class PolicyTestRunnerTests
{
    private const string Tests = """

        test "5.7: three 2s in maths start the case"
        given
            now 2026-10-20
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 2
            mark pupil = "P1", subject = "MATH", date = 2026-10-02, value = 2
            mark pupil = "P1", subject = "MATH", date = 2026-10-05, value = 2
        expect
            fired "5.7 three or more 2s in one subject" for "P1", "MATH"
            started "low-achiever" for "P1", "MATH"
            not fired "5.7 three or more 2s in one subject" for "P2"
            school_days(2026-11-02, 2026-11-10) = 3
        end

        тест "5.7: эки «2» жетишсиз"
        берилгени
            азыр 2026-10-20
            баа окуучу = "P1", сабак = "MATH", күнү = 2026-10-01, мааниси = 2
            баа окуучу = "P1", сабак = "MATH", күнү = 2026-10-02, мааниси = 2
        күтүлөт
            башталды "low-achiever" үчүн "P1", "MATH"
        бүттү
        """;

    [Fact]
    public void Run_PassingTest_Passes()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy57 + Tests);

        // Act
        var outcome = PolicyTestRunner.Run(policy)[0];

        // Assert
        Assert.True(outcome.Passed, string.Join("\n", outcome.Failures.Select(f => f.Render(Language.En))));
    }

    [Fact]
    public void Run_FailingExpectation_ReportsItInKyrgyz()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy57 + Tests);

        // Act
        var outcome = PolicyTestRunner.Run(policy)[1];

        // Assert
        Assert.False(outcome.Passed);
        Assert.Equal("«low-achiever» процесси P1, MATH үчүн башталышы керек эле, бирок башталган жок.", Assert.Single(outcome.Failures).Message(Language.Ky));
        Assert.Equal(31, outcome.Failures[0].Span.Line);
    }
}
