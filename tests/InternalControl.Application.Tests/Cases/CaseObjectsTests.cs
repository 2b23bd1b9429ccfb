using InternalControl.Application.Cases;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Application.Tests.Cases;

/// <summary>
/// What a case about no pupil reads as (issue 14, "nothing untranslated"): a finding about a teacher (a case of the
/// workflow tagged <c>teacher_findings</c>) by the teacher's name and the finding's title, a re-control (seed 000 §3.4,
/// the workflow tagged <c>recontrols</c>) by its object's name and the sheet's title, whatever the key's parts are
/// called; an id the school does not know stays as it is rather than breaking the page; a pupil's case is not described
/// here.
/// </summary>
public sealed class CaseObjectsTests
{
    private static readonly SchoolData School = SchoolBuilder.Kazakh()
        .Staff("t010", "Тоқтаров Санжар Ернұрұлы", Language.Kk, StaffRole.SubjectTeacher)
        .Class("5a", 5, name: "5А")
        .Build();

    [Theory]
    [InlineData("recontrols", "object=t010;sheet=II.3", "Тоқтаров Санжар Ернұрұлы · II.3 Повышение качества знаний учащихся")]
    [InlineData("recontrols", "object=5a;sheet=II.3", "5А · II.3 Повышение качества знаний учащихся")]
    [InlineData("recontrols", "object=t999;sheet=II.3", "t999 · II.3 Повышение качества знаний учащихся")]
    [InlineData("recontrols", "нысан=t010;парақ=II.3", "Тоқтаров Санжар Ернұрұлы · II.3 Повышение качества знаний учащихся")]
    [InlineData("teacher_findings", "teacher=t010;finding=attestation;since=2021-06-15", "Тоқтаров Санжар Ернұрұлы · подходит срок подтверждения категории (критерий 2)")]
    [InlineData("teacher_findings", "teacher=t999;finding=attestation;since=2021-06-15", "t999 · подходит срок подтверждения категории (критерий 2)")]
    [InlineData("teacher_findings", "мұғалім=t010;кемшілік=attestation;бастап=2021-06-15", "Тоқтаров Санжар Ернұрұлы · подходит срок подтверждения категории (критерий 2)")]
    public void Describe_ACaseAboutNoPupil_ReadsAsNamesAndTitlesByTheKeysPositions(string tag, string key, string expected)
    {
        // Act
        var text = CaseObjects.Describe(Tagged(tag), key, School, new Localizer(Language.Ru));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("pupil=p1")]
    [InlineData("pupil=p1;subject=math;term=2")]
    [InlineData("object=t010;sheet=II.3")]
    [InlineData("teacher=t010;finding=attestation;since=2021-06-15")]
    public void Describe_ACaseOfAnUntaggedWorkflow_IsNotDescribed(string key)
    {
        // Act: the key's parts are named as the shipped tagged workflows name theirs, but the workflow has no tag.
        var text = CaseObjects.Describe(Tagged(null), key, School, new Localizer(Language.Ru));

        // Assert
        Assert.Null(text);
        Assert.Null(CaseObjects.Describe((WorkflowDefinition?)null, key, School, new Localizer(Language.Ru)));
    }

    [Fact]
    public void Describe_AReControlWithOnlyTheSheetInItsKey_IsNotDescribed()
    {
        // Act: seed 000 §3.4's re-control is about an object on a sheet; a key without the object names neither.
        var text = CaseObjects.Describe(Tagged("recontrols"), "sheet=II.3", School, new Localizer(Language.Ru));

        // Assert
        Assert.Null(text);
    }

    [Fact]
    public void IsAboutTeacher_OnlyTheWorkflowTaggedTeacherFindings()
    {
        // Act + Assert
        Assert.True(CaseObjects.IsAboutTeacher(Tagged("teacher_findings")));
        Assert.False(CaseObjects.IsAboutTeacher(Tagged("recontrols")));
        Assert.False(CaseObjects.IsAboutTeacher(Tagged(null)));
        Assert.False(CaseObjects.IsAboutTeacher(null));
    }

    /// <summary>A workflow keyed by three parts, tagged <paramref name="tag"/> (or not at all).</summary>
    private static WorkflowDefinition Tagged(string? tag)
    {
        var source = $"""
            workflow "w" key a, b, c{(tag is null ? "" : " report " + tag)}
              step done: end "x"
            end
            """;
        return Assert.Single(WorkflowBinder.Load(source, "w.icp").Value!);
    }
}
