using InternalControl.Application.Access;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// What an inbox reads from the database: in a class they only teach, a subject teacher's query reads their subjects'
/// tasks (and tasks about no subject), not every task of the class, and the inbox still lists exactly what they may act
/// on, as a read of the whole classes would.
/// </summary>
public sealed class InboxQueryTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public void InboxQuery_EveryTeacher_ReadsOnlyTheirSubjectsInTheClassesTheyTeach_AndLosesNoTaskOfTheirInbox()
    {
        // Arrange
        using var session = school.Open();
        var teachers = school.Data.Staff.Where(s => s.Has(Kernel.Schools.StaffRole.SubjectTeacher)).ToList();
        var narrowed = 0;

        foreach (var teacher in teachers)
        {
            var access = PupilAccess.For(new Person(school.Workspace.School.Id, PersonKind.Staff, teacher.Id), session.Data, session.Runtime);
            var led = school.Data.Classes.Where(c => c.ClassTeacherId == teacher.Id).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var taught = school.Data.Teaching.Where(t => t.TeacherId == teacher.Id && !led.Contains(t.ClassId)).ToLookup(t => t.ClassId, t => t.SubjectId, StringComparer.Ordinal);
            var classOf = school.Data.Pupils.ToDictionary(p => p.Id, p => p.ClassId, StringComparer.Ordinal);

            // Act
            var read = session.Runtime.Tasks(access.InboxQuery);
            var wholeClasses = session.Runtime.Tasks(access.InboxQuery with { OrRolesInClasses = [.. led.Concat(taught.Select(g => g.Key))], OrRolesInClassSubjects = [] });

            // Assert: no role task of another subject in a class they only teach, but for a pupil they hold a task for (a
            // holder reads every task of such a pupil's cases, as the psychologist does).
            var held = read.Where(t => t.Assignee == teacher.Id || t.ClaimedBy == teacher.Id).Select(t => t.PupilId).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(read, t => t.PupilId is { } p && !held.Contains(p) && t.SubjectId is { } s
                && taught.Contains(classOf[p]) && !taught[classOf[p]].Contains(s, StringComparer.Ordinal));
            Assert.Equal(wholeClasses.Where(access.CanAct).Select(t => t.Id), read.Where(access.CanAct).Select(t => t.Id));
            narrowed += wholeClasses.Count - read.Count;
        }

        // The sample school has subject teachers with other subjects' tasks in their classes: the narrowing is seen.
        Assert.True(narrowed > 0, "no teacher's query read fewer rows than a read of whole classes");
    }
}
