#include <QTest>
class TestGui : public QObject { Q_OBJECT };
QTEST_MAIN(TestGui)
#include "test_gui.moc"
