using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Kernel.Tests.Schools;

/// <summary>
/// Finding a record of the snapshot by its id, the one way every page, report and command names a pupil, a member of
/// staff or a subject: the name in the reader's language, the id itself when the snapshot no longer has the record, and
/// nothing for no id.
/// </summary>
public sealed class SchoolDataLookupTests
{
    private static readonly SchoolData Data = new(
        new School(1, "№ 1", Country.Kz, [Language.Kk, Language.Ru], false, "2026-2027"),
        [new ClassGroup("7a", "7 «А»", 7, Language.Kk, "t1")],
        [new Staff("t1", "Әлия Серікова", Language.Kk, [StaffRole.ClassTeacher])],
        [new Pupil("p1", "Айбек Нұрланов", "7a", new DateOnly(2013, 3, 1))],
        [new Parent("g1", "Нұрлан Ахметов", "p1", Language.Kk, null, null)],
        [new Subject("math", "Математика", "Математика", "Математика", "Mathematics"), new Subject("kaz", "Қазақ тілі", "Казак тили", "Казахский язык", "Kazakh")],
        [],
        [],
        []);

    [Theory]
    [InlineData(Language.Kk, "Қазақ тілі")]
    [InlineData(Language.Ky, "Казак тили")]
    [InlineData(Language.Ru, "Казахский язык")]
    [InlineData(Language.En, "Kazakh")]
    public void SubjectName_InEachLanguage_IsTheSubjectsOwnName(Language language, string expected) =>
        Assert.Equal(expected, Data.SubjectName("kaz", language));

    [Fact]
    public void Names_OfARecordTheSnapshotNoLongerHas_AreTheIdAndNoneForNoId()
    {
        Assert.Equal("bio", Data.SubjectName("bio", Language.Ru));
        Assert.Equal("p9", Data.PupilName("p9"));
        Assert.Equal("t9", Data.StaffName("t9"));
        Assert.Null(Data.SubjectName(null, Language.Ru));
        Assert.Null(Data.PupilName(null));
        Assert.Null(Data.StaffName(null));
    }

    [Fact]
    public void Find_ByEachKindOfId_FindsThatRecordOnlyAndNothingForNoId()
    {
        Assert.Equal("Айбек Нұрланов", Data.PupilName("p1"));
        Assert.Equal("Әлия Серікова", Data.StaffName("t1"));
        Assert.Equal("7 «А»", Data.FindClass("7a")?.Name);
        Assert.Equal("Нұрлан Ахметов", Data.FindParent("g1")?.FullName);
        Assert.Equal("math", Data.FindSubject("math")?.Id);
        Assert.Null(Data.FindPupil("t1"));
        Assert.Null(Data.FindStaff("p1"));
        Assert.Null(Data.FindClass(null));
        Assert.Null(Data.FindParent("p1"));
        Assert.Null(Data.FindSubject("Математика"));
    }
}
