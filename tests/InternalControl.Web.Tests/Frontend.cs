using System.Net;
using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>The committed front-end bundles (engine/InternalControl.Web/Frontend), as package-lock.json locks them and the host serves them.</summary>
internal static class Frontend
{
    /// <summary>The version of <paramref name="package"/> that Frontend/package-lock.json locks.</summary>
    public static string Locked(string package)
    {
        var frontend = Path.Combine(RepositoryRoot.Path, "engine", "InternalControl.Web", "Frontend");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(frontend, "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + package).GetProperty("version").GetString()!;
    }

    /// <summary>A committed script as the host serves it at <paramref name="path"/>, asserted to be served as JavaScript.</summary>
    public static async Task<string> Script(WebSchool school, string path)
    {
        var response = await school.Browser().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
