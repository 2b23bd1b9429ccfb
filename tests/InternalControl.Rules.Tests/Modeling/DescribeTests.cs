namespace InternalControl.Rules.Tests.Modeling;

/// <summary>
/// <see cref="Model.CompiledPolicy.Describe"/>: the compiled model as language-neutral text (concept ids, not words), the
/// form in which a policy and its translation are compared.
/// </summary>
public sealed class DescribeTests
{
    private const string Body = """
        parameter limit = 3 "No. 97 5.7"
        rule "weak" priority 5 when pupil p subject s count(mark g where g.value = 2) >= limit
        then
            assert weak(p, s) = 2
            start "low-achiever" for p, s
            notify class_teacher "Policy.Kg.UnexcusedDiary"
        end
        rule "marked" when pupil p sum(absence a: a.lessons) > 1 and avg(mark g) > 0 then assert marked(p) end
        test "three 2s"
        given now 2026-10-20
        expect
            limit = 3
        end
        """;

    [Fact]
    public void Describe_ParametersRulesActionsAndTests_OneLineEach()
    {
        // Act
        var text = Some.Compile(Some.Policy(Body)).Describe();

        // Assert
        Assert.Equal(
            """
            policy t Kg 1
            parameter limit = 3
            rule weak priority 5: Type.Pupil p ; Type.Subject s ; (Kw.Count(Type.Mark g Kw.Where (g.Field.Value = 2)) >= $limit) ; Kw.Assert weak(p, s) = 2 ; Kw.Start "low-achiever" Kw.For p, s ; Kw.Notify class_teacher "Policy.Kg.UnexcusedDiary"
            rule marked priority 0: Type.Pupil p ; ((Kw.Sum(Type.Absence a: a.Field.Lessons) > 1) Kw.And (Kw.Avg(Type.Mark g: g.Field.Value) > 0)) ; Kw.Assert marked(p)
            test three 2s given 0 expect 1

            """.ReplaceLineEndings(),
            text.ReplaceLineEndings());
    }
}
