using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;

namespace InternalControl.Web.Tests;

/// <summary>The pupil's page says why the rules fired (as `ic explain`), in words, and only for subjects the reader may see.</summary>
public sealed class ExplainTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task PupilPage_ForTheClassTeacher_SaysWhyRule57FiredAndOnWhichMarks_InKyrgyz()
    {
        // Arrange: 5.7, three or more 2s in one subject opened a case for the pupil.
        var (pupil, subjects) = PupilsFiredSubjects().First();
        var classTeacher = school.Data.Classes.First(c => c.Id == pupil.ClassId).ClassTeacherId!;
        var browser = await school.Staff(classTeacher);

        // Act
        var page = await browser.Get($"/pupils/{pupil.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(subjects, subject => Assert.Contains($"«{subject.NameKy}» сабагы боюнча иштеди", page.Html, StringComparison.Ordinal));
        Assert.Contains($"{subjects[0].NameKy} сабагынан 2 баасы", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PupilPage_ForASubjectTeacher_ExplainsOnlyTheirSubject()
    {
        // Arrange: a pupil with firings in two subjects and a teacher of only one of them (neither class teacher nor head).
        var (pupil, teacher, mine, other) = (from p in PupilsFiredSubjects()
                                             where p.Subjects.Count > 1
                                             from t in school.Data.Teaching.Where(t => t.ClassId == p.Pupil.ClassId)
                                             let staff = school.Data.Staff.First(s => s.Id == t.TeacherId)
                                             where !staff.Has(StaffRole.DeputyDirector) && !staff.Has(StaffRole.Director)
                                                 && school.Data.Classes.All(c => c.ClassTeacherId != staff.Id || c.Id != p.Pupil.ClassId)
                                             let taught = school.Data.Teaching.Where(x => x.TeacherId == staff.Id && x.ClassId == p.Pupil.ClassId).Select(x => x.SubjectId).ToHashSet()
                                             let mineSubject = p.Subjects.FirstOrDefault(s => taught.Contains(s.Id))
                                             let otherSubject = p.Subjects.FirstOrDefault(s => !taught.Contains(s.Id))
                                             where mineSubject is not null && otherSubject is not null
                                             select (p.Pupil, staff.Id, mineSubject, otherSubject)).First();
        var browser = await school.Staff(teacher);

        // Act
        var page = await browser.Get($"/pupils/{pupil.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"«{mine.NameKy}» сабагы боюнча иштеди", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"«{other.NameKy}» сабагы боюнча иштеди", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{other.NameKy} сабагынан", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_OfAPupilTheReaderMayNotSee_IsEmpty()
    {
        // Arrange
        var (pupil, _) = PupilsFiredSubjects().First();
        var parent = school.Data.Parents.First(p => school.Data.Parents.Where(x => x.Id == p.Id).All(x => x.PupilId != pupil.Id));
        using var session = school.Open();
        var access = PupilAccess.For(new Person(school.Workspace.School.Id, PersonKind.Parent, parent.Id), session.Data, session.Runtime);

        // Act
        var lines = PupilExplanation.For(session, access, pupil.Id, InternalControl.Localization.Language.Ky);

        // Assert
        Assert.Empty(lines);
    }

    /// <summary>Pupils with an open low-achiever case (5.7) and the subjects of their cases.</summary>
    private IEnumerable<(Pupil Pupil, IReadOnlyList<Subject> Subjects)> PupilsFiredSubjects()
    {
        using var session = school.Open();
        return session.Runtime.Cases(openOnly: true).Where(c => c.PupilId is not null && c.SubjectId is not null)
            .GroupBy(c => c.PupilId!)
            .Select(g => (school.Data.Pupils.First(p => p.Id == g.Key), (IReadOnlyList<Subject>)g.Select(c => school.Data.Subjects.First(s => s.Id == c.SubjectId)).DistinctBy(s => s.Id).ToList()))
            .ToList();
    }
}
