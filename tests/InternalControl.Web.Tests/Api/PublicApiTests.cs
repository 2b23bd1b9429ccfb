namespace InternalControl.Web.Tests.Api;

public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
