using Exhibition.Bundle.Model;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Tiles;

public sealed class CubeGeometryTests
{
    [TestCase(0, 0, CubeFace.Front)]
    [TestCase(90, 0, CubeFace.Right)]
    [TestCase(180, 0, CubeFace.Back)]
    [TestCase(-90, 0, CubeFace.Left)]
    [TestCase(0, 90, CubeFace.Up)]
    [TestCase(0, -90, CubeFace.Down)]
    public void Each_face_centre_looks_where_Pannellum_puts_it(double yaw, double pitch, CubeFace face)
    {
        var (hit, s, t) = CubeGeometry.FromDirection(Angles.Direction(yaw, pitch));

        Assert.That(hit, Is.EqualTo(face));
        Assert.That(s, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(t, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void The_up_faces_bottom_edge_meets_the_front_faces_top_edge()
    {
        var upBottomMiddle = CubeGeometry.FacePoint(CubeFace.Up, 0.5, 1);
        var frontTopMiddle = CubeGeometry.FacePoint(CubeFace.Front, 0.5, 0);

        Assert.That(upBottomMiddle, Is.EqualTo(frontTopMiddle));
    }

    [Test]
    public void The_down_faces_top_edge_meets_the_front_faces_bottom_edge()
    {
        Assert.That(CubeGeometry.FacePoint(CubeFace.Down, 0.5, 0), Is.EqualTo(CubeGeometry.FacePoint(CubeFace.Front, 0.5, 1)));
    }

    [Test]
    public void The_front_faces_right_edge_is_the_right_faces_left_edge()
    {
        Assert.That(CubeGeometry.FacePoint(CubeFace.Front, 1, 0.3), Is.EqualTo(CubeGeometry.FacePoint(CubeFace.Right, 0, 0.3)));
        Assert.That(CubeGeometry.FacePoint(CubeFace.Back, 1, 0.3), Is.EqualTo(CubeGeometry.FacePoint(CubeFace.Left, 0, 0.3)));
    }

    [TestCase(CubeFace.Right, 0.2, 0.7)]
    [TestCase(CubeFace.Up, 0.9, 0.1)]
    [TestCase(CubeFace.Down, 0.3, 0.6)]
    public void Face_coordinates_round_trip(CubeFace face, double s, double t)
    {
        var back = CubeGeometry.FromDirection(CubeGeometry.FacePoint(face, s, t));

        Assert.That(back.Face, Is.EqualTo(face));
        Assert.That(back.S, Is.EqualTo(s).Within(1e-12));
        Assert.That(back.T, Is.EqualTo(t).Within(1e-12));
    }
}
