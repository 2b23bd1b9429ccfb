using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Schools;
using InternalControl.Testing.Databases;
using InternalControl.Testing.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// A holder's inbox query, on both databases, over a school whose classes and pupils are written as an import writes
/// them: a subject teacher's own tasks; their role's tasks in the class they teach, of their subject or of none; every
/// role task of a pupil of another class they hold a task for; none of another subject in their own class, even for a
/// pupil they hold; and the filters a parent's and a member of staff's inbox add.
/// </summary>
public sealed class HolderQueryTests
{
    private const string Text = """
        workflow "work" version 1 key pupil, subject
          step work: task subject_teacher
            outcome done -> ask
          step ask: task parents
            outcome held -> closed
          step closed: end "done"
        end
        """;

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tasks_ASubjectTeachersInboxQuery_ReadsTheirSubjectInTheirClass_AndEveryTaskOfAPupilTheyHoldElsewhere(Backend backend)
    {
        // Arrange: 7B's maths and physics (the maths teacher and the other teacher teach there), 8C's art (T4); P2 in 7B, P3 in 8C.
        using var f = new WorkflowFixture(backend, school: School);
        using (var import = f.Database.Schools.BeginImport(f.Data.School.Id))
        {
            import.Commit(new SchoolRows { Classes = f.Data.Classes, Staff = f.Data.Staff, Pupils = f.Data.Pupils, Subjects = f.Data.Subjects, Teaching = f.Data.Teaching });
        }

        var runtime = f.Runtime(TestWorkflows.Bind(Text, "work.icp"));
        long Start(string pupil, string subject) => runtime.Start("work", new CaseContext(pupil, subject, "2026-2027/1"), "test").CaseId;
        var p2Maths = Start("P2", "MATH");
        var p2Physics = Start("P2", "PHYS");
        var p3Art = Start("P3", "ART");
        var p3Physics = Start("P3", "PHYS");
        long TaskOf(long caseId) => runtime.Tasks(new TaskQuery(CaseId: caseId)).Single().Id;

        // P3's art task handed to the maths teacher: P3 is now a pupil they hold a task for, in a class they do not teach.
        Assert.True(runtime.Reassign(TaskOf(p3Art), Some.MathTeacher, "away", "D1").Ok);
        var query = new TaskQuery
        {
            Holder = Some.MathTeacher,
            OrRoles = [WorkflowRole.SubjectTeacher.Code()],
            OrRolesInClasses = [],
            OrRolesInClassSubjects = [new ClassSubjects("7B", ["MATH"])],
        };

        // Act
        var read = runtime.Tasks(query).Select(t => t.CaseId).Order().ToList();

        // Assert: 7B's maths (theirs), P3's art (held) and P3's physics (a held pupil of another class); not 7B's physics.
        Assert.Equal(new[] { p2Maths, p3Art, p3Physics }.Order(), read);
        Assert.DoesNotContain(p2Physics, read);

        // Done tasks: an inbox (open only) leaves them out; the holder's whole history (any state) keeps them.
        Assert.True(runtime.Complete(TaskOf(p2Maths), "done", new Dictionary<string, string>(), Some.MathTeacher).Ok);
        Assert.DoesNotContain(runtime.Tasks(query), t => t.CaseId == p2Maths && t.Step == "work");
        Assert.Contains(runtime.Tasks(query with { OpenOnly = false }), t => t.CaseId == p2Maths && t.Step == "work");

        // The parents' task the completion opened: read by the role's query for that pupil only, never by staff.
        var parents = new TaskQuery(Role: WorkflowRole.Parents.Code());
        Assert.Equal([p2Maths], runtime.Tasks(parents with { Pupils = ["P2"] }).Select(t => t.CaseId));
        Assert.Empty(runtime.Tasks(parents with { Pupils = ["P3"] }));
        Assert.Empty(runtime.Tasks(parents with { Pupils = [] }));
        var withParents = query with { OrRoles = [WorkflowRole.SubjectTeacher.Code(), WorkflowRole.Parents.Code()] };
        Assert.Contains(runtime.Tasks(withParents), t => t.Role == WorkflowRole.Parents.Code());
        Assert.DoesNotContain(runtime.Tasks(withParents with { ExceptRoles = [WorkflowRole.Parents.Code()] }), t => t.Role == WorkflowRole.Parents.Code());
    }

    private static SchoolData School(School school) => SchoolBuilder.Kyrgyz().School(school)
        .Staff(Some.MathTeacher, "Бакыт Осмонов", Language.Ky, StaffRole.SubjectTeacher)
        .Staff(Some.OtherTeacher, "Ирина Петрова", Language.Ru, StaffRole.SubjectTeacher)
        .Staff("T4", "Асель Токтосунова", Language.Ky, StaffRole.SubjectTeacher)
        .Staff("D1", "Нурлан Ахметов", Language.Ru, StaffRole.DeputyDirector)
        .Class("7B", 7, name: "7Б")
        .Class("8C", 8, name: "8В")
        .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
        .Subject("PHYS", "Physics", "Физика", "Физика", "Физика")
        .Subject("ART", "Art", "Сурет", "Сүрөт", "Рисование")
        .Teaching("7B", "MATH", Some.MathTeacher)
        .Teaching("7B", "PHYS", Some.OtherTeacher)
        .Teaching("8C", "ART", "T4")
        .Teaching("8C", "PHYS", Some.OtherTeacher)
        .Pupil("P2", "7B", "Окуучу 2", new DateOnly(2013, 3, 1))
        .Parent("MP2", "P2", Language.Ky, "Ата-эне 2", phone: "+996700000002")
        .Pupil("P3", "8C", "Окуучу 3", new DateOnly(2012, 3, 1))
        .Parent("MP3", "P3", Language.Ky, "Ата-эне 3", phone: "+996700000003")
        .Build();
}
