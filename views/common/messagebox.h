#pragma once

#include <QMessageBox>

/// The console's questions, with a test seam: setNextAnswer() makes the next question return
/// at once without showing a dialog (KeePassXC's MessageBox::setNextAnswer), so GUI tests
/// never block on a modal box.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    /// The answer the next question() returns without showing anything (NoButton: show it).
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};
