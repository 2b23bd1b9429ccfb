using InternalControl.Application.Access;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
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

            // Assert: no role task of another subject in a class they only teach, even for a pupil they hold a task for;
            // only the tasks they hold themselves.
            Assert.DoesNotContain(read, t => t.Assignee != teacher.Id && t.ClaimedBy != teacher.Id && t.PupilId is { } p && t.SubjectId is { } s
                && taught.Contains(classOf[p]) && !taught[classOf[p]].Contains(s, StringComparer.Ordinal));
            Assert.Equal(wholeClasses.Where(access.CanAct).Select(t => t.Id), read.Where(access.CanAct).Select(t => t.Id));
            narrowed += wholeClasses.Count - read.Count;
        }

        // The sample school has subject teachers with other subjects' tasks in their classes: the narrowing is seen.
        Assert.True(narrowed > 0, "no teacher's query read fewer rows than a read of whole classes");
    }

    [Theory]
    [InlineData("kg")]
    [InlineData("kz")]
    public void InboxPages_EveryPerson_ListExactlyTheOpenTasksTheyMayActOn_OverdueFirst_AndCountThemByClassSubjectAndWorkflow(string country)
    {
        // Arrange: every member of staff and every parent, against every open task of the school checked one by one; the
        // parents of a few children have a task addressed to them. The Kazakh school adds tasks about no pupil (its
        // planned controls) and its psychologist's and council's.
        using var own = country == "kg" ? WebSchool.With(WebSchool.ParentReply()) : WebSchool.KazakhWith(WebSchool.ParentReply("kz-internal-control", "kz"));
        using var session = own.Open();
        var schoolId = own.Workspace.School.Id;
        foreach (var child in own.Data.Parents.GroupBy(p => p.Id).OrderByDescending(g => g.Count()).Take(3).SelectMany(g => g).Select(p => p.PupilId).Distinct())
        {
            Assert.True(session.Runtime.Start("parent-reply", new CaseContext(child, null, "2"), "test").Ok);
        }

        var people = own.Data.Staff.Select(s => new Person(schoolId, PersonKind.Staff, s.Id))
            .Concat(own.Data.Parents.Select(p => p.Id).Distinct(StringComparer.Ordinal).Select(id => new Person(schoolId, PersonKind.Parent, id)))
            .ToList();
        var open = session.Runtime.Tasks(new TaskQuery());
        var classOf = own.Data.Pupils.ToDictionary(p => p.Id, p => p.ClassId, StringComparer.Ordinal);
        var seen = new HashSet<PersonKind>();

        foreach (var person in people)
        {
            var access = PupilAccess.For(person, session.Data, session.Runtime);
            var expected = open.Where(access.CanAct).ToList();

            // Act: the inbox a page of seven at a time, whole and narrowed to each class, subject and workflow it offers.
            var first = access.Inbox(session.Runtime, new InboxFilter(), 1, 7);
            var paged = Pages(access, new InboxFilter());

            // Assert: the tasks, in order; the counts; and each filter's tasks.
            Assert.Equal(expected.Select(t => t.Id), paged.Select(t => t.Id));
            Assert.Equal(expected.Count, first.Total);
            Assert.Equal(expected.Select(t => t.Id), first.All.Select(k => k.Id));
            var keys = expected.Select(t => (Class: t.PupilId is { } p ? classOf[p] : null, t.SubjectId, t.Workflow)).ToList();
            Assert.Equal(keys, first.All.Select(k => (k.ClassId, k.SubjectId, k.Workflow)));
            foreach (var filter in keys.Select(k => new InboxFilter(ClassId: k.Class)).Concat(keys.Select(k => new InboxFilter(SubjectId: k.SubjectId)))
                .Concat(keys.Select(k => new InboxFilter(Workflow: k.Workflow))).Distinct())
            {
                var narrowed = expected.Where(t => filter.Matches(new TaskKey(t.Id, t.PupilId is { } p ? classOf[p] : null, t.SubjectId, t.Workflow))).Select(t => t.Id).ToList();
                Assert.Equal(narrowed, Pages(access, filter).Select(t => t.Id));
                Assert.Equal(narrowed.Count, access.Inbox(session.Runtime, filter, 1, 7).Total);
            }

            if (expected.Count > 0)
            {
                seen.Add(person.Kind);
            }
        }

        // The school has open tasks for staff and for parents: both inboxes are compared with something in them.
        Assert.Equal([PersonKind.Staff, PersonKind.Parent], seen.Order());

        List<WorkflowTask> Pages(PupilAccess access, InboxFilter filter)
        {
            var all = new List<WorkflowTask>();
            for (var number = 1; number <= 1000; number++)
            {
                var page = access.Inbox(session.Runtime, filter, number, 7);
                if (page.Number < number)
                {
                    return all;
                }

                all.AddRange(page.Tasks);
            }

            Assert.Fail("the inbox's pages did not end");
            return all;
        }
    }
}
