using InternalControl.Application.Cases;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing.Schools;

namespace InternalControl.Application.Tests.Cases;

/// <summary>
/// What a case about no pupil reads as (issue 14, "nothing untranslated"): a finding about a teacher by the teacher's
/// name and the finding's title, a re-control (seed 000 §3.4) by its object's name and the sheet's title; an id the
/// school does not know stays as it is rather than breaking the page; a pupil's case is not described here.
/// </summary>
public sealed class CaseObjectsTests
{
    private static readonly SchoolData School = SchoolBuilder.Kazakh()
        .Staff("t010", "Тоқтаров Санжар Ернұрұлы", Language.Kk, StaffRole.SubjectTeacher)
        .Class("5a", 5, name: "5А")
        .Build();

    [Theory]
    [InlineData("object=t010;sheet=II.3", "Тоқтаров Санжар Ернұрұлы · II.3 Повышение качества знаний учащихся")]
    [InlineData("object=5a;sheet=II.3", "5А · II.3 Повышение качества знаний учащихся")]
    [InlineData("object=t999;sheet=II.3", "t999 · II.3 Повышение качества знаний учащихся")]
    [InlineData("teacher=t010;finding=attestation;since=2021-06-15", "Тоқтаров Санжар Ернұрұлы · подходит срок подтверждения категории (критерий 2)")]
    [InlineData("teacher=t999;finding=attestation;since=2021-06-15", "t999 · подходит срок подтверждения категории (критерий 2)")]
    public void Describe_ACaseAboutNoPupil_ReadsAsNamesAndTitles(string key, string expected)
    {
        // Act
        var text = CaseObjects.Describe(key, School, new Localizer(Language.Ru));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("pupil=p1")]
    [InlineData("pupil=p1;subject=math;term=2")]
    [InlineData("sheet=II.3")]
    public void Describe_AnyOtherKey_IsNotDescribed(string key)
    {
        // Act
        var text = CaseObjects.Describe(key, School, new Localizer(Language.Ru));

        // Assert
        Assert.Null(text);
    }

    [Fact]
    public void IsAboutTeacher_OnlyAKeyWithATeacherPart()
    {
        // Act + Assert
        Assert.True(CaseObjects.IsAboutTeacher(["teacher", "finding", "since"]));
        Assert.False(CaseObjects.IsAboutTeacher(["object", "sheet"]));
        Assert.False(CaseObjects.IsAboutTeacher(null!));
    }
}
