using InternalControl.Storage.Database;

namespace InternalControl.Storage.Tests.Database;

public sealed class DatabaseTargetTests
{
    [Theory]
    [InlineData("Host=db.example;Database=district;Username=ic")]
    [InlineData("postgres://ic:pw@db.example:5433/district")]
    [InlineData("postgresql://db.example/district")]
    public void Parse_PostgresForms_ArePostgresAndShowNoCredentials(string text)
    {
        // Act
        var target = DatabaseTarget.Parse(text);

        // Assert
        Assert.NotNull(target);
        Assert.True(target.IsPostgres);
        Assert.StartsWith("postgres://db.example:", target.Display, StringComparison.Ordinal);
        Assert.EndsWith("/district", target.Display, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", target.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Url_KeepsPortUserAndPassword()
    {
        // Act
        var target = DatabaseTarget.Parse("postgres://ic:p%40ss@db.example:5433/district");

        // Assert
        Assert.NotNull(target);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(target.PostgresConnectionString);
        Assert.Equal((5433, "ic", "p@ss", "district"), (builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Theory]
    [InlineData("Host=;Database=x")]
    [InlineData("Host=db;Bogus Key=1")]
    public void Parse_MalformedConnectionString_IsNull(string text) => Assert.Null(DatabaseTarget.Parse(text));

    [Fact]
    public void Parse_FilePath_IsSqliteFile()
    {
        // Act
        var target = DatabaseTarget.Parse("school.db");

        // Assert
        Assert.NotNull(target);
        Assert.False(target.IsPostgres);
        Assert.Equal(Path.GetFullPath("school.db"), target.File);
    }
}
