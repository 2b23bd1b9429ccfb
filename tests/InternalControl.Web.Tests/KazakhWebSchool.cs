namespace InternalControl.Web.Tests;

/// <summary>The sample Kazakh school with its evaluation-sheet scores, served on a test server (a class fixture).</summary>
public sealed class KazakhWebSchool : IDisposable
{
    public WebSchool School { get; } = WebSchool.Kazakh();

    public void Dispose() => School.Dispose();
}
