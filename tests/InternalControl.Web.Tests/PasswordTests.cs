using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;

namespace InternalControl.Web.Tests;

/// <summary>
/// A staff member sets a password after signing in by a one-time link (hashed with ASP.NET Core Identity's hasher) and
/// then signs in with it; a short or mistyped password is refused beside its field; parents have no such page.
/// </summary>
public sealed class PasswordTests : IDisposable
{
    private const string Chosen = "жаңы сырсөз 2026";

    private readonly WebSchool school = new();

    /// <summary>The class teacher who signs in and sets a password.</summary>
    private readonly string staff;

    public PasswordTests() => staff = school.First(StaffRole.ClassTeacher).Id;

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task SetPassword_AfterAOneTimeLink_LetsTheStaffMemberSignInWithIt()
    {
        // Arrange
        var browser = await school.Staff(staff);

        // Act
        var saved = await browser.Post("/password", [new("NewPassword", Chosen), new("RepeatPassword", Chosen)]);
        var signIn = await school.Browser().Post("/signin", [new("StaffId", staff), new("Password", Chosen)]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Сырсөз сакталды.", saved.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Contains("/signout", signIn.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(school.Access.AuditTrail(), e => e.Actor == "staff:" + staff && e.Action == "password.set");
        Assert.DoesNotContain(Chosen, StoredHash(school, staff), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPassword_TooShort_IsRefusedBesideTheField_AndNoPasswordIsSet()
    {
        // Arrange
        var browser = await school.Staff(staff);

        // Act
        var refused = await browser.Post("/password", [new("NewPassword", "1234"), new("RepeatPassword", "1234")]);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var field = refused.Html.IndexOf("name=\"NewPassword\"", StringComparison.Ordinal);
        var message = refused.Html.IndexOf($"Сырсөз өтө кыска: кеминде {AccessStore.MinPasswordLength} белги болушу керек.", StringComparison.Ordinal);
        Assert.True(field >= 0 && message > field && message < refused.Html.IndexOf("name=\"RepeatPassword\"", StringComparison.Ordinal));
        Assert.False(school.Access.HasPassword(new Person(school.Workspace.School.Id, PersonKind.Staff, staff)));
    }

    [Fact]
    public async Task SetPassword_RepeatedDifferently_IsRefusedBesideTheRepeat_AndNoPasswordIsSet()
    {
        // Arrange
        var browser = await school.Staff(staff);

        // Act
        var refused = await browser.Post("/password", [new("NewPassword", Chosen), new("RepeatPassword", Chosen + "!")]);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.True(refused.Html.IndexOf("Сырсөздөр дал келбейт.", StringComparison.Ordinal) > refused.Html.IndexOf("name=\"RepeatPassword\"", StringComparison.Ordinal));
        Assert.False(school.Access.HasPassword(new Person(school.Workspace.School.Id, PersonKind.Staff, staff)));
    }

    [Fact]
    public async Task ReplacePassword_AsksForTheCurrentOne_AndAWrongOneChangesNothing()
    {
        // Arrange
        var browser = await school.Staff(staff);
        await browser.Post("/password", [new("NewPassword", Chosen), new("RepeatPassword", Chosen)]);
        var before = StoredHash(school, staff);
        const string Next = "келесі сырсөз 2027";

        // Act
        var form = await browser.Get("/password");
        var wrong = await browser.Post("/password", [new("CurrentPassword", "not it at all"), new("NewPassword", Next), new("RepeatPassword", Next)]);
        var right = await browser.Post("/password", [new("CurrentPassword", Chosen), new("NewPassword", Next), new("RepeatPassword", Next)]);
        var signIn = await school.Browser().Post("/signin", [new("StaffId", staff), new("Password", Next)]);

        // Assert
        Assert.Contains("name=\"CurrentPassword\"", form.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.True(wrong.Html.IndexOf("Учурдагы сырсөз туура эмес.", StringComparison.Ordinal) > wrong.Html.IndexOf("name=\"CurrentPassword\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.NotEqual(before, StoredHash(school, staff));
        Assert.Contains("/signout", signIn.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SetPassword_WithoutTheAntiforgeryToken_IsRejected()
    {
        // Arrange
        var browser = await school.Staff(staff);

        // Act
        var answer = await browser.PostRaw("/password", [new("NewPassword", Chosen), new("RepeatPassword", Chosen)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(school.Access.HasPassword(new Person(school.Workspace.School.Id, PersonKind.Staff, staff)));
    }

    [Fact]
    public async Task PasswordPage_ForAParent_DoesNotExist()
    {
        // Arrange
        var parent = school.Data.Parents[0].Id;
        var browser = await school.SignedIn(PersonKind.Parent, parent);

        // Act
        var page = await browser.Get("/password");
        var post = await browser.Post("/password", [new("NewPassword", Chosen), new("RepeatPassword", Chosen)], tokenFrom: "/");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.False(school.Access.HasPassword(new Person(school.Workspace.School.Id, PersonKind.Parent, parent)));
    }

    private static string StoredHash(WebSchool school, string staff)
    {
        using var connection = school.Workspace.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash FROM web_accounts WHERE person_kind = 'Staff' AND person_id = $id";
        command.Parameters.AddWithValue("$id", staff);
        return (string)command.ExecuteScalar()!;
    }
}
